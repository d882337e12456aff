package dev.schemadiff.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * A schema-qualified object name, stored raw: exactly as the catalog reports it, never quoted.
 * Quoting happens only when SQL is emitted.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
    private static final Comparator<QualifiedName> ORDER =
            Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    /** Display form {@code schema.name}, unquoted; not for SQL. */
    @Override
    public String toString() {
        return schema + "." + name;
    }
}
