package dev.schemadiff.diff;

import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.Index;
import dev.schemadiff.schema.Origin;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Sequence;
import dev.schemadiff.schema.Table;
import dev.schemadiff.schema.change.AddColumn.NotNullMode;
import dev.schemadiff.schema.change.AddForeignKey;
import dev.schemadiff.schema.change.ChangeSet;
import dev.schemadiff.schema.change.CreateIndex;
import dev.schemadiff.schema.change.CreateSequence;
import dev.schemadiff.schema.change.CreateTable;
import dev.schemadiff.schema.change.FindingKind;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Compares the schema the entities expect with the one a database holds. Pure: no I/O, no SQL text.
 *
 * <p>The result is additive. Missing schemas, sequences, tables, columns, keys, indexes, checks and
 * foreign keys become {@link dev.schemadiff.schema.change.SchemaChange changes}; everything else that
 * differs becomes a {@link dev.schemadiff.schema.change.Finding finding} and is never changed: types,
 * nullability, defaults and identity, primary keys over other columns, checks with another meaning,
 * sequence increments, foreign keys left NOT VALID, names longer than PostgreSQL's 63 bytes, and
 * drift (tables and columns the entities do not map). The output is deterministic: tables and
 * sequences by name, columns in model order, constraints by name.
 *
 * <p>The actual model is taken to hold exactly the schemas being compared: each of its tables that
 * the entities lack is drift, unless {@link DiffOptions#ignoredTables()} names it.
 *
 * <p>What it cannot detect:
 * <ul>
 *   <li>renames: a renamed table or column shows as a missing one plus an extra one;</li>
 *   <li>index predicates, methods and operator classes: indexes are matched by name or key parts only;</li>
 *   <li>check semantics beyond a loose comparison of literals and numbers (see {@link LooseSql});</li>
 *   <li>column order, sequence start values, and the {@code ON DELETE} action of an existing foreign key;</li>
 *   <li>keys, indexes, checks and sequences the database has beyond the entities' (not reported).</li>
 * </ul>
 */
public final class SchemaDiffer {

    /**
     * The changes that bring {@code actual} to what {@code expected} needs, and the findings to report.
     *
     * @param options empty tables, {@code --fill} values and ignored tables
     */
    public ChangeSet diff(ExpectedSchema expected, SchemaModel actual, DiffOptions options) {
        SchemaModel model = expected.model().normalized();
        SchemaModel database = actual.normalized();
        DiffCollector out = new DiffCollector(expected.provenance());
        sequences(model, database, out);
        ListDiff<Table> tables = ListDiff.byKey(model.tables(), database.tables(), Table::name);
        for (Table table : tables.added()) {
            createTable(table, out);
        }
        for (ListDiff.Matched<Table> pair : tables.matched()) {
            ColumnDiffer.diff(pair.expected(), pair.actual(), options, out);
            ConstraintDiffer.diff(pair.expected(), pair.actual(), out);
        }
        for (Table extra : tables.removed()) {
            if (!options.ignoredTables().contains(extra.name().name())) {
                int columns = extra.columns().size();
                out.finding(FindingKind.EXTRA_TABLE, extra.name(), null, null,
                        columns + (columns == 1 ? " column" : " columns"));
            }
        }
        return out.result(database.schemas());
    }

    /**
     * Existing tables that would get a NOT NULL column needing a value for existing rows (no default,
     * no identity, not in {@link DiffOptions#emptyTables()}). The caller checks which of them are empty
     * and diffs again with those in {@code emptyTables}, so their columns are added as modelled.
     */
    public Set<QualifiedName> tablesNeedingRowCheck(ExpectedSchema expected, SchemaModel actual, DiffOptions options) {
        Map<QualifiedName, Table> present = actual.tablesByName();
        SortedSet<QualifiedName> tables = new TreeSet<>();
        for (Table table : expected.model().tables()) {
            Table existing = present.get(table.name());
            if (existing != null && table.columns().stream().anyMatch(column ->
                    existing.column(column.name()).isEmpty() && needsValue(table.name(), column, expected, options))) {
                tables.add(table.name());
            }
        }
        return Collections.unmodifiableSortedSet(tables);
    }

    private static boolean needsValue(QualifiedName table, Column column, ExpectedSchema expected, DiffOptions options) {
        Origin origin = expected.provenance().originOf(new ColumnRef(table, column.name())).orElse(null);
        return ColumnDiffer.addition(table, column, origin, options).mode() != NotNullMode.AS_MODELLED;
    }

    private static void sequences(SchemaModel model, SchemaModel database, DiffCollector out) {
        ListDiff<Sequence> sequences = ListDiff.byKey(model.sequences(), database.sequences(), Sequence::name);
        for (Sequence missing : sequences.added()) {
            out.change(missing.name(), new CreateSequence(missing));
        }
        for (ListDiff.Matched<Sequence> pair : sequences.matched()) {
            if (pair.expected().increment() != pair.actual().increment()) {
                out.finding(FindingKind.SEQUENCE_INCREMENT_MISMATCH, pair.expected().name(), null,
                        "INCREMENT BY " + pair.expected().increment(), "INCREMENT BY " + pair.actual().increment());
            }
        }
    }

    /** Indexes and foreign keys go separately, so that foreign keys can follow every table they reference. */
    private static void createTable(Table table, DiffCollector out) {
        Table withInlineConstraints = new Table(table.name(), table.columns(), table.primaryKey(),
                table.uniqueKeys(), List.of(), List.of(), table.checks());
        if (!out.change(table.name(), new CreateTable(withInlineConstraints))) {
            return;
        }
        for (Index index : table.indexes()) {
            out.change(table.name(), new CreateIndex(table.name(), index));
        }
        for (ForeignKey key : table.foreignKeys()) {
            out.change(table.name(), new AddForeignKey(table.name(), key));
        }
    }
}
