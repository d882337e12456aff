package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** A JOINED subclass with a renamed key column. */
@Entity
@PrimaryKeyJoinColumn(name = "vehicle_id")
public class Car extends Vehicle {
    private int seats;
}
