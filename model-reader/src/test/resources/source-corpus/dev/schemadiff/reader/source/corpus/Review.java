package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;

/** Composite foreign keys: implicit join columns, and explicit ones matched by referenced column. */
@Entity
public class Review {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne
    private Edition edition;

    @ManyToOne(optional = false)
    @JoinColumns({
            @JoinColumn(name = "cited_number", referencedColumnName = "number"),
            @JoinColumn(name = "cited_isbn", referencedColumnName = "isbn")})
    private Edition cited;

    @ManyToOne
    private Author author;
}
