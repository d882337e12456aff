package dev.schemadiff.emit;

/** The order statements run in: each phase only depends on objects from earlier phases. */
public enum Phase {
    SCHEMAS,
    SEQUENCES,
    TABLES,
    COLUMNS,
    KEYS,
    INDEXES,
    CHECKS,
    FOREIGN_KEYS
}
