package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A composite key referenced by composite join columns; an unnamed index gets Hibernate's hashed name. */
@Entity
@IdClass(EditionId.class)
@Table(name = Names.PREFIX + "edition",
        indexes = @Index(columnList = "title"),
        uniqueConstraints = @UniqueConstraint(columnNames = {"title", "number"}))
public class Edition {
    @Id
    private String isbn;

    @Id
    private int number;

    private String title;
}
