package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Entity;

/** Another TABLE_PER_CLASS subclass. */
@Entity
public class Cat extends Animal {
    private short lives;
}
