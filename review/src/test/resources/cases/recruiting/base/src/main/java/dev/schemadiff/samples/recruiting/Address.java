package dev.schemadiff.samples.recruiting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address embedded in its owner's table. */
@Embeddable
public class Address {
    private String city;

    @Column(length = 2)
    private String countryCode;
}
