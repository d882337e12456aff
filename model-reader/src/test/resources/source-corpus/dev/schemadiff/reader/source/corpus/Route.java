package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/** An embeddable holding an association, overridden where it is embedded. */
@Embeddable
public class Route {
    @ManyToOne
    private Warehouse origin;

    private String carrier;
}
