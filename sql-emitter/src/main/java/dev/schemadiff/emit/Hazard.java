package dev.schemadiff.emit;

/** Operational risks of a statement, shown in plans and reviews. */
public enum Hazard {
    /** Holds an ACCESS EXCLUSIVE lock on an existing table while it builds or scans: reads and writes wait. */
    ACCESS_EXCLUSIVE_LOCK("locks an existing table against reads and writes while it builds an index or scans the rows"),
    /** Builds an index on an existing table without CONCURRENTLY: writes wait for the build. */
    INDEX_BUILD_BLOCKS_WRITES("builds an index on an existing table; writes to it wait until the build ends"),
    /** Validates a constraint: scans the table (SHARE UPDATE EXCLUSIVE, reads and writes go on). */
    VALIDATION_SCANS_TABLE("validates a constraint by scanning the whole table"),
    /** Updates existing rows (a --fill value). */
    UPDATES_ROWS("updates every existing row of the table"),
    /** Rewrites an existing table under an ACCESS EXCLUSIVE lock, e.g. to number rows for an identity column. */
    TABLE_REWRITE("rewrites the whole table under an ACCESS EXCLUSIVE lock");

    private final String description;

    Hazard(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
