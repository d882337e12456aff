package dev.schemadiff.reader.hibernate.quoted;

import jakarta.persistence.Entity;

/** A subclass of the single-table hierarchy: its column lands in the reserved-word table. */
@Entity
public class Team extends Group {
    private Integer limit;
}
