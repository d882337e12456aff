package dev.schemadiff.history;

import java.util.Objects;

/**
 * A history row recover wrote (or, in a dry run, would write).
 *
 * @param version the migration recorded as applied
 * @param table   the history table, {@code schema.table}
 * @param row     the row as the tool stores it, e.g. {@code script V2__x.sql, checksum 123} or {@code EXECUTED}
 */
public record StampedVersion(String version, String table, String row) {
    public StampedVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
    }
}
