package dev.schemadiff.schema;

import java.util.Objects;

/**
 * A table column.
 *
 * @param name          raw column name
 * @param type          PostgreSQL type in canonical form (what {@code format_type} prints); any alias
 *                      given here is canonicalized through {@link PgTypes#canonical(String)}
 * @param nullable      whether NULL is allowed
 * @param defaultValue  the default expression as SQL text, or {@code null} for none
 * @param identity      identity generation, {@link Identity#NONE} for an ordinary column
 */
public record Column(String name, String type, boolean nullable, String defaultValue, Identity identity) {
    public Column {
        Objects.requireNonNull(name, "name");
        type = PgTypes.canonical(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(identity, "identity");
    }

    public static Column of(String name, String type, boolean nullable) {
        return new Column(name, type, nullable, null, Identity.NONE);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultValue, identity);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity);
    }

    /** {@code GENERATED ... AS IDENTITY} state of a column. */
    public enum Identity {
        NONE,
        ALWAYS,
        BY_DEFAULT
    }
}
