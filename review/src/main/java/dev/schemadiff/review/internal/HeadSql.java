package dev.schemadiff.review.internal;

import dev.schemadiff.diff.DiffOptions;
import dev.schemadiff.diff.SchemaDiffer;
import dev.schemadiff.emit.PlanEmitter;
import dev.schemadiff.emit.PlannedStatement;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.change.AddCheck;
import dev.schemadiff.schema.change.AddColumn;
import dev.schemadiff.schema.change.AddForeignKey;
import dev.schemadiff.schema.change.AddPrimaryKey;
import dev.schemadiff.schema.change.AddUniqueKey;
import dev.schemadiff.schema.change.CreateIndex;
import dev.schemadiff.schema.change.CreateSchema;
import dev.schemadiff.schema.change.CreateSequence;
import dev.schemadiff.schema.change.CreateTable;
import dev.schemadiff.schema.change.SchemaChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SQL of the head change: what {@code schemadiff plan} would run on a database at base, produced by
 * the diff engine and the SQL emitter, grouped by the table or sequence each statement touches.
 */
public final class HeadSql {
    private HeadSql() {
    }

    /** Statements (without semicolons) per table or sequence, in plan order; schemas are left out. */
    public static Map<QualifiedName, List<String>> statements(ExpectedSchema head, SchemaModel base) {
        Map<QualifiedName, List<String>> bySubject = new TreeMap<>();
        for (PlannedStatement statement : PlanEmitter.emit(new SchemaDiffer().diff(head, base, DiffOptions.defaults()))
                .statements()) {
            SchemaChange source = statement.source();
            if (!(source instanceof CreateSchema)) {
                bySubject.computeIfAbsent(subject(source), name -> new ArrayList<>()).add(statement.sql());
            }
        }
        bySubject.replaceAll((name, statements) -> List.copyOf(statements));
        return bySubject;
    }

    private static QualifiedName subject(SchemaChange change) {
        if (change instanceof CreateSequence sequence) {
            return sequence.sequence().name();
        }
        if (change instanceof CreateTable table) {
            return table.table().name();
        }
        if (change instanceof AddColumn column) {
            return column.table();
        }
        if (change instanceof AddPrimaryKey key) {
            return key.table();
        }
        if (change instanceof AddUniqueKey key) {
            return key.table();
        }
        if (change instanceof CreateIndex index) {
            return index.table();
        }
        if (change instanceof AddCheck check) {
            return check.table();
        }
        if (change instanceof AddForeignKey key) {
            return key.table();
        }
        throw new IllegalArgumentException("no subject for " + change.getClass().getName());
    }
}
