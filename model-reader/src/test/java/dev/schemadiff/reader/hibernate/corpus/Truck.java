package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** A JOINED subclass with the default key column. */
@Entity
public class Truck extends Vehicle {
    @Column(precision = 8, scale = 1)
    private BigDecimal payloadTons;
}
