package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Entity;

/** A TABLE_PER_CLASS subclass: its table repeats the inherited columns. */
@Entity
public class Dog extends Animal {
    private boolean goodBoy;
}
