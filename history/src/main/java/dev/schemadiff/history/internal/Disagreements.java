package dev.schemadiff.history.internal;

import dev.schemadiff.history.Disagreement;
import dev.schemadiff.history.Disagreement.Kind;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.Provenance;
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
 * Reads a diff of the entities (expected) against the replayed migrations (actual) as disagreements: a
 * change is something no migration creates, a finding a mismatch or something no entity maps.
 */
public final class Disagreements {
    private static final String DEFAULT_SCHEMA = "public";
    private static final String NOT_CREATED = "no migration creates it";

    private Disagreements() {
    }

    /** In a stable order: not created, mismatches, not mapped; by object within each. */
    public static List<Disagreement> of(ChangeSet diff, Provenance provenance) {
        List<Disagreement> all = new ArrayList<>();
        // The indexes and foreign keys of a table no migration creates are part of that one disagreement.
        Set<QualifiedName> missingTables = diff.changes().stream().filter(CreateTable.class::isInstance)
                .map(change -> ((CreateTable) change).table().name()).collect(Collectors.toSet());
        for (SchemaChange change : diff.changes()) {
            if (change instanceof CreateTable || !missingTables.contains(change.tableName().orElse(null))) {
                all.add(notCreated(change, provenance));
            }
        }
        for (Finding finding : diff.findings()) {
            // The backfill a NOT NULL column needs is about rows; the column itself is reported as not created.
            if (finding.kind() != FindingKind.NEEDS_BACKFILL) {
                all.add(fromFinding(finding, provenance));
            }
        }
        all.sort(Comparator.comparing(Disagreement::kind).thenComparing(Disagreement::object));
        return all;
    }

    /** {@code candidate} for tables of {@code public}, {@code billing.invoice} for others. */
    public static String display(QualifiedName name) {
        return name.schema().equals(DEFAULT_SCHEMA) ? name.name() : name.toString();
    }

    private static Disagreement notCreated(SchemaChange change, Provenance provenance) {
        if (change instanceof CreateSchema c) {
            return new Disagreement(Kind.NOT_CREATED, null, "schema " + c.schema(), NOT_CREATED);
        } else if (change instanceof CreateSequence c) {
            return new Disagreement(Kind.NOT_CREATED, null, "sequence " + display(c.sequence().name()), NOT_CREATED);
        } else if (change instanceof CreateTable c) {
            return new Disagreement(Kind.NOT_CREATED, entity(c.table().name(), provenance), display(c.table().name()),
                    NOT_CREATED + " (" + count(c.table().columns().size(), "column") + ")");
        } else if (change instanceof AddColumn c) {
            return new Disagreement(Kind.NOT_CREATED, attribute(c.table(), c.column().name(), provenance),
                    display(c.table()) + "." + c.column().name(), NOT_CREATED + " (" + describe(c.column()) + ")");
        }
        QualifiedName table = change.tableName().orElseThrow();
        return new Disagreement(Kind.NOT_CREATED, entity(table, provenance), display(table),
                "no migration creates its " + constraint(change));
    }

    private static String constraint(SchemaChange change) {
        if (change instanceof AddPrimaryKey c) {
            return "primary key " + columns(c.key().columns());
        } else if (change instanceof AddUniqueKey c) {
            return "unique key " + c.key().name() + " " + columns(c.key().columns());
        } else if (change instanceof CreateIndex c) {
            return (c.index().unique() ? "unique index " : "index ") + c.index().name() + " " + columns(c.index().columns());
        } else if (change instanceof AddCheck c) {
            return "check " + c.check().name() + " (" + c.check().expression() + ")";
        } else if (change instanceof AddForeignKey c) {
            return "foreign key " + c.foreignKey().name() + " " + columns(c.foreignKey().columns()) + " references "
                    + display(c.foreignKey().referencedTable());
        }
        throw new IllegalArgumentException("unhandled change " + change.kind());
    }

    private static Disagreement fromFinding(Finding finding, Provenance provenance) {
        String object = finding.column() == null ? display(finding.table())
                : display(finding.table()) + "." + finding.column();
        if (finding.kind() == FindingKind.EXTRA_TABLE || finding.kind() == FindingKind.EXTRA_COLUMN) {
            return new Disagreement(Kind.NOT_MAPPED, null, object,
                    "a migration creates it (" + finding.actual() + "), no entity maps it");
        }
        String mapping = finding.origin() != null ? finding.origin().toString()
                : finding.column() == null ? entity(finding.table(), provenance)
                : attribute(finding.table(), finding.column(), provenance);
        String what = finding.kind().jsonName().replace('_', ' ');
        return new Disagreement(Kind.MISMATCH, mapping, object, what + ": the entity maps "
                + orNone(finding.expected()) + ", the migrations create " + orNone(finding.actual()));
    }

    private static String entity(QualifiedName table, Provenance provenance) {
        return table == null ? null : provenance.entityOf(table).orElse(null);
    }

    private static String attribute(QualifiedName table, String column, Provenance provenance) {
        return provenance.originOf(new ColumnRef(table, column)).map(Object::toString)
                .orElseGet(() -> entity(table, provenance));
    }

    private static String describe(Column column) {
        return column.type() + (column.nullable() ? "" : " NOT NULL");
    }

    private static String columns(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    private static String orNone(String text) {
        return text == null ? "none" : text;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
