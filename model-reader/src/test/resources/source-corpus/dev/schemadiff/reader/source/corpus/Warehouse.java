package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.Formula;

/** A simple target, with an attribute computed by a query, which has no column. */
@Entity
public class Warehouse {
    @Id
    @GeneratedValue
    private Long id;

    private String city;

    @Formula("upper(city)")
    private String cityInCapitals;
}
