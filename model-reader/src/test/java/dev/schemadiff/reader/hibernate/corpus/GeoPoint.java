package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Embeddable;

/** An embeddable nested in another embeddable, with primitive parts. */
@Embeddable
public class GeoPoint {
    private double latitude;
    private double longitude;
}
