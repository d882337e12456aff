package dev.schemadiff.cli;

import dev.schemadiff.emit.Hazard;
import dev.schemadiff.emit.Plan;
import dev.schemadiff.emit.PlannedStatement;
import dev.schemadiff.schema.change.SchemaChange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A change with the statements that implement it: what reports show as one item. */
record PlannedChange(SchemaChange change, List<PlannedStatement> statements) {
    PlannedChange {
        statements = List.copyOf(statements);
    }

    /** The plan's changes in the order their first statement runs. */
    static List<PlannedChange> of(Plan plan) {
        Map<SchemaChange, List<PlannedStatement>> bySource = new LinkedHashMap<>();
        for (PlannedStatement statement : plan.statements()) {
            bySource.computeIfAbsent(statement.source(), source -> new ArrayList<>()).add(statement);
        }
        return bySource.entrySet().stream().map(e -> new PlannedChange(e.getKey(), e.getValue())).toList();
    }

    /** Hazards of all its statements, in declaration order. */
    Set<Hazard> hazards() {
        Set<Hazard> hazards = EnumSet.noneOf(Hazard.class);
        statements.forEach(statement -> hazards.addAll(statement.hazards()));
        return hazards;
    }
}
