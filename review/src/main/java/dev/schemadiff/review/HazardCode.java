package dev.schemadiff.review;

import java.util.Arrays;
import java.util.Optional;

/**
 * The hazards a review reports. The {@link #code()} strings are stable: {@code --allow-hazard} and tools
 * reading the JSON use them.
 */
public enum HazardCode {
    NOT_NULL_WITHOUT_DEFAULT("not-null-without-default", HazardLevel.ERROR,
            "a NOT NULL column without a default cannot be added to a table that has rows",
            "add it nullable, backfill the rows, then SET NOT NULL; or give it a default"),
    SET_NOT_NULL("set-not-null", HazardLevel.WARNING,
            "SET NOT NULL scans the table under an ACCESS EXCLUSIVE lock and fails on any NULL row",
            "backfill first; add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL"),
    TYPE_NARROWING("type-narrowing", HazardLevel.ERROR,
            "the new type holds fewer values: existing rows may not fit and the change fails or truncates",
            "keep the wider type, or add a new column, copy checked values, and switch over"),
    TYPE_CHANGE_REWRITES("type-change-rewrites", HazardLevel.WARNING,
            "changing the type rewrites the whole table under an ACCESS EXCLUSIVE lock",
            "add a column of the new type, backfill in batches, then swap names in a later release"),
    INDEX_WITHOUT_CONCURRENTLY("index-without-concurrently", HazardLevel.WARNING,
            "CREATE INDEX on an existing table blocks writes until the build ends",
            "create it in a migration with CREATE INDEX CONCURRENTLY (outside a transaction)"),
    UNIQUE_OVER_EXISTING_DATA("unique-over-existing-data", HazardLevel.WARNING,
            "a unique constraint on an existing table fails if rows already repeat and blocks writes while it builds",
            "look for duplicates first; CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX"),
    FK_VALIDATION_SCAN("fk-validation-scan", HazardLevel.WARNING,
            "adding a foreign key to an existing table scans it to validate the rows",
            "ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a separate step"),
    CHECK_VALIDATION_SCAN("check-validation-scan", HazardLevel.WARNING,
            "adding or changing a check on an existing table scans it to validate the rows",
            "ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a separate step"),
    ENUM_STRING_CONSTANT_ADDED("enum-string-constant-added", HazardLevel.ERROR,
            "the enum gained a constant the database's check constraint rejects: writing it fails",
            "replace the check in a migration with the SQL shown (DROP, then ADD ... NOT VALID and VALIDATE)"),
    ENUM_ORDINAL_REORDERED("enum-ordinal-reordered", HazardLevel.ERROR,
            "under @Enumerated(ORDINAL) the stored numbers now mean other constants",
            "append new constants at the end only, or map the enum with @Enumerated(EnumType.STRING)"),
    SEQUENCE_ALLOCATION_CHANGED("sequence-allocation-changed", HazardLevel.WARNING,
            "allocationSize no longer matches the sequence's INCREMENT BY: ids may collide or Hibernate refuses to start",
            "ALTER SEQUENCE ... INCREMENT BY the new allocationSize in the same release"),
    RENAME_SUSPECTED("rename-suspected", HazardLevel.WARNING,
            "looks like a rename, which the entities cannot express: the new name starts empty, the data stays behind",
            "rename in a migration (ALTER TABLE ... RENAME), or keep the old name with @Column/@Table(name = ...)"),
    COLUMN_REMOVED("column-removed", HazardLevel.INFO,
            "no entity maps the column any more; its data stays in the database",
            "drop it in a later release once no deployed version reads it"),
    TABLE_REMOVED("table-removed", HazardLevel.INFO,
            "no entity maps the table any more; its data stays in the database",
            "drop it in a later release once no deployed version reads it");

    private final String code;
    private final HazardLevel level;
    private final String reason;
    private final String saferAlternative;

    HazardCode(String code, HazardLevel level, String reason, String saferAlternative) {
        this.code = code;
        this.level = level;
        this.reason = reason;
        this.saferAlternative = saferAlternative;
    }

    /** The stable code, such as {@code not-null-without-default}. */
    public String code() {
        return code;
    }

    public HazardLevel level() {
        return level;
    }

    /** Why it is risky, one line. */
    public String reason() {
        return reason;
    }

    /** What to do instead, one line. */
    public String saferAlternative() {
        return saferAlternative;
    }

    /** The hazard with this stable code. */
    public static Optional<HazardCode> byCode(String code) {
        return Arrays.stream(values()).filter(hazard -> hazard.code.equals(code)).findFirst();
    }
}
