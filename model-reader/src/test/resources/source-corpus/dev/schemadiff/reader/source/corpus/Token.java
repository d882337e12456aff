package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A SINGLE_TABLE root (the default strategy) with an integer discriminator. */
@Entity
@DiscriminatorColumn(name = "token_type", discriminatorType = DiscriminatorType.INTEGER)
@DiscriminatorValue("1")
public class Token {
    @Id
    @GeneratedValue
    private Long id;

    private String value;
}
