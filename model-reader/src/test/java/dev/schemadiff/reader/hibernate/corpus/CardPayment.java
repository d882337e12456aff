package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A SINGLE_TABLE subclass: its columns share the root's table. */
@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {
    @Column(length = 4)
    private String last4;

    @Column(nullable = false)
    private String holder;
}
