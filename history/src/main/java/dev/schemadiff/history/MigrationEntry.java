package dev.schemadiff.history;

import java.util.Objects;

/**
 * One migration as the files and the history see it.
 *
 * @param version     Flyway version, Liquibase {@code path::id::author}, or Alembic revision
 * @param description the migration's description, or {@code ""}
 * @param status      how the history records it
 * @param detail      more about the status (e.g. both checksums), or {@code ""}
 */
public record MigrationEntry(String version, String description, Status status, String detail) {
    public MigrationEntry {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    /** How the history records a migration. */
    public enum Status {
        /** Recorded as applied, and its file matches. */
        APPLIED,
        /** In the files, not recorded. */
        PENDING,
        /** Recorded as failed. */
        FAILED,
        /** Recorded as applied, but its file is gone. */
        MISSING_FILE,
        /** Recorded as applied, but its file changed since (another checksum). */
        CHECKSUM_MISMATCH
    }
}
