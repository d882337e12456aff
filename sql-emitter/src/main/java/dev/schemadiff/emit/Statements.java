package dev.schemadiff.emit;

import dev.schemadiff.schema.change.SchemaChange;
import java.util.Set;

/** Short ways to build a {@link PlannedStatement}. */
final class Statements {
    private Statements() {
    }

    static PlannedStatement plain(String sql, SchemaChange source, Phase phase) {
        return new PlannedStatement(sql, source, phase, Set.of(), false, null);
    }

    static PlannedStatement hazardous(String sql, SchemaChange source, Phase phase, Set<Hazard> hazards) {
        return new PlannedStatement(sql, source, phase, hazards, false, null);
    }

    /**
     * A {@code VALIDATE CONSTRAINT} that existing rows may fail: the constraint then stays NOT VALID and
     * {@code violationCountSql} tells how many rows are in the way.
     */
    static PlannedStatement tolerantValidation(String sql, SchemaChange source, Phase phase, String violationCountSql) {
        return new PlannedStatement(sql, source, phase, Set.of(Hazard.VALIDATION_SCANS_TABLE), true, violationCountSql);
    }

    /** {@code (a, b)}, each name quoted as needed. */
    static String columnList(Iterable<String> columns) {
        StringBuilder list = new StringBuilder("(");
        for (String column : columns) {
            if (list.length() > 1) {
                list.append(", ");
            }
            list.append(Identifiers.quote(column));
        }
        return list.append(')').toString();
    }
}
