package dev.schemadiff.schema;

import java.util.Objects;

/** A standalone sequence (sequences owned by identity columns are not modelled separately). */
public record Sequence(QualifiedName name, long start, long increment) {
    public Sequence {
        Objects.requireNonNull(name, "name");
    }
}
