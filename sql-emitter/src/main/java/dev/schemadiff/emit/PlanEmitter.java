package dev.schemadiff.emit;

import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.change.AddCheck;
import dev.schemadiff.schema.change.AddColumn;
import dev.schemadiff.schema.change.AddForeignKey;
import dev.schemadiff.schema.change.AddPrimaryKey;
import dev.schemadiff.schema.change.AddUniqueKey;
import dev.schemadiff.schema.change.ChangeSet;
import dev.schemadiff.schema.change.CreateIndex;
import dev.schemadiff.schema.change.CreateSchema;
import dev.schemadiff.schema.change.CreateSequence;
import dev.schemadiff.schema.change.CreateTable;
import dev.schemadiff.schema.change.Finding;
import dev.schemadiff.schema.change.FindingKind;
import dev.schemadiff.schema.change.SchemaChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a {@link ChangeSet} into an ordered {@link Plan}. Statements run in {@link Phase} order, and
 * within a phase by the table (or sequence, or schema) they touch; the statements of one change keep
 * their order, and changes on the same object keep the order of the change set (columns in model order).
 */
public final class PlanEmitter {

    /** A change's statements and the object that orders them within their phase. */
    private record Emitted(QualifiedName subject, List<PlannedStatement> statements) {
    }

    private record Ordered(QualifiedName subject, PlannedStatement statement) {
    }

    private static final Comparator<Ordered> ORDER = Comparator
            .comparing((Ordered ordered) -> ordered.statement().phase())
            .thenComparing(Ordered::subject);

    private PlanEmitter() {
    }

    /**
     * The plan for a change set: its statements in execution order, its findings, and a backfill
     * follow-up for every column added with {@link AddColumn.NotNullMode#DEFERRED}.
     */
    public static Plan emit(ChangeSet changes) {
        EmitContext context = new EmitContext(createdTables(changes));
        List<Ordered> ordered = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(changes.findings());
        List<FollowUp> followUps = new ArrayList<>();
        for (SchemaChange change : changes.changes()) {
            Emitted emitted = emit(change, context);
            emitted.statements().forEach(statement -> ordered.add(new Ordered(emitted.subject(), statement)));
            if (change instanceof AddColumn && ((AddColumn) change).mode() == AddColumn.NotNullMode.DEFERRED) {
                AddColumn addition = (AddColumn) change;
                followUps.add(ColumnEmitter.backfill(addition, backfillFinding(addition, findings)));
            }
        }
        ordered.sort(ORDER); // stable: keeps each change's statements, and same-object changes, in order
        return new Plan(ordered.stream().map(Ordered::statement).toList(), findings, followUps);
    }

    /**
     * The statements of one change. Every permitted {@link SchemaChange} has a branch; a test checks
     * that none is missed, since Java 17 cannot switch over a sealed type exhaustively.
     */
    private static Emitted emit(SchemaChange change, EmitContext context) {
        if (change instanceof CreateSchema) {
            CreateSchema schema = (CreateSchema) change;
            return new Emitted(QualifiedName.of(schema.schema(), ""), SchemaEmitter.emit(schema));
        }
        if (change instanceof CreateSequence) {
            CreateSequence sequence = (CreateSequence) change;
            return new Emitted(sequence.sequence().name(), SequenceEmitter.emit(sequence));
        }
        if (change instanceof CreateTable) {
            CreateTable table = (CreateTable) change;
            return new Emitted(table.table().name(), TableEmitter.emit(table));
        }
        if (change instanceof AddColumn) {
            AddColumn column = (AddColumn) change;
            return new Emitted(column.table(), ColumnEmitter.emit(column, context));
        }
        if (change instanceof AddPrimaryKey) {
            AddPrimaryKey key = (AddPrimaryKey) change;
            return new Emitted(key.table(), KeyEmitter.emit(key, context));
        }
        if (change instanceof AddUniqueKey) {
            AddUniqueKey key = (AddUniqueKey) change;
            return new Emitted(key.table(), KeyEmitter.emit(key, context));
        }
        if (change instanceof CreateIndex) {
            CreateIndex index = (CreateIndex) change;
            return new Emitted(index.table(), IndexEmitter.emit(index, context));
        }
        if (change instanceof AddCheck) {
            AddCheck check = (AddCheck) change;
            return new Emitted(check.table(), CheckEmitter.emit(check, context));
        }
        if (change instanceof AddForeignKey) {
            AddForeignKey key = (AddForeignKey) change;
            return new Emitted(key.table(), ForeignKeyEmitter.emit(key, context));
        }
        throw new IllegalArgumentException("no SQL emitter for " + change.getClass().getName());
    }

    /**
     * The differ's NEEDS_BACKFILL finding for the column; a hand-made change set may lack it, and then
     * gets one added to {@code findings}.
     */
    private static Finding backfillFinding(AddColumn addition, List<Finding> findings) {
        return findings.stream()
                .filter(finding -> finding.kind() == FindingKind.NEEDS_BACKFILL
                        && finding.table().equals(addition.table())
                        && addition.column().name().equals(finding.column()))
                .findFirst()
                .orElseGet(() -> {
                    Finding finding = new Finding(FindingKind.NEEDS_BACKFILL, addition.table(),
                            addition.column().name(), "NOT NULL", null, null);
                    findings.add(finding);
                    return finding;
                });
    }

    private static Set<QualifiedName> createdTables(ChangeSet changes) {
        return changes.changes().stream()
                .filter(CreateTable.class::isInstance)
                .map(change -> ((CreateTable) change).table().name())
                .collect(Collectors.toSet());
    }
}
