package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A foreign key to a TABLE_PER_CLASS subclass. */
@Entity
public class Loan {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne
    private Audiobook audiobook;
}
