package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.Basic;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

/** A subclass whose required attributes become the table check Hibernate writes for its rows. */
@Entity
@DiscriminatorValue("2")
public class ApiToken extends Token {
    @Basic(optional = false)
    private String scope;

    private long quota;

    @ManyToOne(optional = false)
    private Author issuer;
}
