package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** An embeddable used twice by {@link Customer}, once with overrides. */
@Embeddable
public class Address {
    private String street;

    @Column(length = 80)
    private String city;

    @Embedded
    private GeoPoint location;
}
