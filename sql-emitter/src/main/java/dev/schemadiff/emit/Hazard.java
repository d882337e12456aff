package dev.schemadiff.emit;

/** Operational risks of a statement, shown in plans and reviews. */
public enum Hazard {
    /** Takes an ACCESS EXCLUSIVE lock on an existing table, briefly. */
    ACCESS_EXCLUSIVE_LOCK("takes a brief ACCESS EXCLUSIVE lock on an existing table"),
    /** Builds an index on an existing table without CONCURRENTLY: writes wait for the build. */
    INDEX_BUILD_BLOCKS_WRITES("builds an index on an existing table; writes to it wait until the build ends"),
    /** Validates a constraint: scans the table (SHARE UPDATE EXCLUSIVE, reads and writes go on). */
    VALIDATION_SCANS_TABLE("validates a constraint by scanning the whole table"),
    /** Updates existing rows (a --fill value). */
    UPDATES_ROWS("updates every existing row of the table");

    private final String description;

    Hazard(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
