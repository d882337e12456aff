package dev.schemadiff.schema.change;

import java.util.Locale;

/** Kinds of {@link SchemaChange}; {@link #jsonName()} is the stable name used in JSON output. */
public enum ChangeKind {
    CREATE_SCHEMA,
    CREATE_SEQUENCE,
    CREATE_TABLE,
    ADD_COLUMN,
    ADD_PRIMARY_KEY,
    ADD_UNIQUE,
    CREATE_INDEX,
    ADD_CHECK,
    ADD_FOREIGN_KEY;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
