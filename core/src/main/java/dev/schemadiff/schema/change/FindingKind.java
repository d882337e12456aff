package dev.schemadiff.schema.change;

import java.util.Locale;

/**
 * Differences that are reported but never emitted as SQL: fixing them could lose or rewrite data, or
 * needs a value only the user knows. {@link #jsonName()} is the stable name used in JSON output.
 */
public enum FindingKind {
    TYPE_MISMATCH,
    NULLABILITY_MISMATCH,
    DEFAULT_MISMATCH,
    SEQUENCE_INCREMENT_MISMATCH,
    CHECK_MISMATCH,
    /** The table has a primary key over other columns than the entities map. */
    PRIMARY_KEY_MISMATCH,
    EXTRA_TABLE,
    EXTRA_COLUMN,
    NEEDS_BACKFILL,
    /** An identifier longer than PostgreSQL's 63 bytes: it would be truncated, so nothing is emitted. */
    NAME_TOO_LONG,
    /** A foreign key or check exists NOT VALID: rows violate it. */
    CONSTRAINT_NOT_VALIDATED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
