package dev.schemadiff.diff;

import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.Index;
import dev.schemadiff.schema.PrimaryKey;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.Table;
import dev.schemadiff.schema.UniqueKey;
import dev.schemadiff.schema.change.AddCheck;
import dev.schemadiff.schema.change.AddForeignKey;
import dev.schemadiff.schema.change.AddPrimaryKey;
import dev.schemadiff.schema.change.AddUniqueKey;
import dev.schemadiff.schema.change.CreateIndex;
import dev.schemadiff.schema.change.FindingKind;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keys, indexes and checks of a table that exists on both sides. Constraint names do not matter
 * except for checks: a key is matched by its columns, an index by its name or its key parts.
 */
final class ConstraintDiffer {

    /** What identifies a foreign key: the same columns referencing the same columns. */
    private record ForeignKeyShape(List<String> columns, QualifiedName referencedTable, List<String> referencedColumns) {
        static ForeignKeyShape of(ForeignKey key) {
            return new ForeignKeyShape(key.columns(), key.referencedTable(), key.referencedColumns());
        }
    }

    private ConstraintDiffer() {
    }

    static void diff(Table expected, Table actual, DiffCollector out) {
        primaryKey(expected, actual, out);
        uniqueKeys(expected, actual, out);
        indexes(expected, actual, out);
        foreignKeys(expected, actual, out);
        checks(expected, actual, out);
    }

    private static void primaryKey(Table expected, Table actual, DiffCollector out) {
        PrimaryKey wanted = expected.primaryKey();
        if (wanted == null) {
            return;
        }
        PrimaryKey present = actual.primaryKey();
        if (present == null) {
            out.change(expected.name(), new AddPrimaryKey(expected.name(), wanted));
        } else if (!Set.copyOf(wanted.columns()).equals(Set.copyOf(present.columns()))) {
            out.finding(FindingKind.PRIMARY_KEY_MISMATCH, expected.name(), null,
                    String.join(", ", wanted.columns()), String.join(", ", present.columns()),
                    out.originOf(expected.name(), wanted.columns()));
        }
    }

    /** A unique constraint, or a unique index on plain columns, over the same set of columns satisfies a key. */
    private static void uniqueKeys(Table expected, Table actual, DiffCollector out) {
        List<UniqueKey> present = Stream.concat(actual.uniqueKeys().stream(),
                actual.indexes().stream().filter(Index::unique)
                        .map(index -> new UniqueKey(index.name(), KeyParts.normalized(index.columns()))))
                .toList();
        ListDiff<UniqueKey> keys = ListDiff.byKey(expected.uniqueKeys(), present, key -> Set.copyOf(key.columns()));
        for (UniqueKey missing : keys.added()) {
            out.change(expected.name(), new AddUniqueKey(expected.name(), missing));
        }
    }

    /**
     * An index is satisfied by one with the same name (whatever its definition: creating it would
     * collide), or by one with the same key parts that is unique when uniqueness is wanted.
     */
    private static void indexes(Table expected, Table actual, DiffCollector out) {
        for (Index wanted : expected.indexes()) {
            List<String> parts = KeyParts.normalized(wanted.columns());
            boolean satisfied = actual.indexes().stream().anyMatch(index -> index.name().equals(wanted.name())
                    || KeyParts.normalized(index.columns()).equals(parts) && (index.unique() || !wanted.unique()));
            if (!satisfied) {
                out.change(expected.name(), new CreateIndex(expected.name(), wanted));
            }
        }
    }

    private static void foreignKeys(Table expected, Table actual, DiffCollector out) {
        ListDiff<ForeignKey> keys =
                ListDiff.byKey(expected.foreignKeys(), actual.foreignKeys(), ForeignKeyShape::of);
        for (ForeignKey missing : keys.added()) {
            out.change(expected.name(), new AddForeignKey(expected.name(), missing));
        }
        for (ListDiff.Matched<ForeignKey> pair : keys.matched()) {
            if (!pair.actual().validated()) {
                out.finding(FindingKind.CONSTRAINT_NOT_VALIDATED, expected.name(), null,
                        pair.actual().name() + " VALID", pair.actual().name() + " NOT VALID",
                        out.originOf(expected.name(), pair.expected().columns()));
            }
        }
    }

    private static void checks(Table expected, Table actual, DiffCollector out) {
        ListDiff<CheckConstraint> checks = ListDiff.byKey(expected.checks(), actual.checks(), CheckConstraint::name);
        for (CheckConstraint missing : checks.added()) {
            out.change(expected.name(), new AddCheck(expected.name(), missing));
        }
        for (ListDiff.Matched<CheckConstraint> pair : checks.matched()) {
            if (!LooseSql.sameCheck(pair.expected().expression(), pair.actual().expression())) {
                out.finding(FindingKind.CHECK_MISMATCH, expected.name(), null,
                        pair.expected().expression(), pair.actual().expression());
            }
        }
    }
}
