package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Entity;

/** A SINGLE_TABLE subclass with the default discriminator value. */
@Entity
public class BankTransfer extends Payment {
    private String iban;

    private boolean instant;
}
