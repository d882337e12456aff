package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.Entity;

/** A TABLE_PER_CLASS subclass: the parent's foreign key is repeated under this table's name. */
@Entity
public class Audiobook extends Media {
    private int minutes;
}
