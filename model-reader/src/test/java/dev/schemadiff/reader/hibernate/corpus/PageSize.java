package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Mapped as one JSON column by {@link Document}: its required parts make Hibernate add a check. */
@Embeddable
public class PageSize {
    @Column(nullable = false, length = 10)
    private String format;

    private int pages;
}
