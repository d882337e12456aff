package dev.schemadiff.emit;

import dev.schemadiff.schema.QualifiedName;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The table locks a plan's statements take on tables that already exist, weakest first. An applier
 * that takes them all before its first write never waits for a lock in the middle of its statements,
 * holding others it took there; waiting while holding is what lets an application transaction that
 * touches the same tables in another order deadlock with the apply, and PostgreSQL may then abort the
 * application's transaction rather than the apply.
 *
 * <p>Holding the strongest mode a table needs also covers every weaker request the statements make
 * later ({@code VALIDATE CONSTRAINT}'s SHARE UPDATE EXCLUSIVE under SHARE ROW EXCLUSIVE, for example):
 * any lock another session can hold beside it is compatible with those requests.
 */
public enum TableLock {
    /** {@code CREATE INDEX}: reads go on, writes wait. */
    SHARE("SHARE"),
    /** {@code ADD FOREIGN KEY} on the table and on the table it references: reads go on, writes wait. */
    SHARE_ROW_EXCLUSIVE("SHARE ROW EXCLUSIVE"),
    /** {@code ADD COLUMN}, {@code ADD CONSTRAINT} (primary, unique, check), a fill: reads and writes wait. */
    ACCESS_EXCLUSIVE("ACCESS EXCLUSIVE");

    private final String mode;

    TableLock(String mode) {
        this.mode = mode;
    }

    /** {@code LOCK TABLE schema.table IN <mode> MODE}. */
    public String sql(QualifiedName table) {
        return "LOCK TABLE " + Identifiers.qualified(table) + " IN " + mode + " MODE";
    }

    /** The strongest lock {@code statements} take on each table that exists before them. */
    public static SortedMap<QualifiedName, TableLock> requiredBy(List<PlannedStatement> statements) {
        Set<QualifiedName> created = new HashSet<>();
        for (PlannedStatement statement : statements) {
            if (statement.source() instanceof CreateTable createTable) {
                created.add(createTable.table().name());
            }
        }
        SortedMap<QualifiedName, TableLock> locks = new TreeMap<>();
        for (PlannedStatement statement : statements) {
            SchemaChange change = statement.source();
            if (change instanceof AddForeignKey addForeignKey) {
                require(locks, created, addForeignKey.table(), SHARE_ROW_EXCLUSIVE);
                require(locks, created, addForeignKey.foreignKey().referencedTable(), SHARE_ROW_EXCLUSIVE);
            } else if (change instanceof CreateIndex createIndex) {
                require(locks, created, createIndex.table(), SHARE);
            } else if (change instanceof AddColumn addColumn) {
                require(locks, created, addColumn.table(), ACCESS_EXCLUSIVE);
            } else if (change instanceof AddPrimaryKey addPrimaryKey) {
                require(locks, created, addPrimaryKey.table(), ACCESS_EXCLUSIVE);
            } else if (change instanceof AddUniqueKey addUniqueKey) {
                require(locks, created, addUniqueKey.table(), ACCESS_EXCLUSIVE);
            } else if (change instanceof AddCheck addCheck) {
                require(locks, created, addCheck.table(), ACCESS_EXCLUSIVE);
            } else if (!(change instanceof CreateTable || change instanceof CreateSequence
                    || change instanceof CreateSchema)) {
                throw new IllegalArgumentException("no table lock known for " + change.kind() + " changes");
            }
        }
        return locks;
    }

    private static void require(SortedMap<QualifiedName, TableLock> locks, Set<QualifiedName> created,
                                QualifiedName table, TableLock lock) {
        if (!created.contains(table)) {
            locks.merge(table, lock, (held, wanted) -> held.compareTo(wanted) >= 0 ? held : wanted);
        }
    }
}
