package dev.schemadiff.api.internal;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.emit.PlannedStatement;
import dev.schemadiff.emit.TableLock;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Takes every table lock a plan needs before its first write (see {@link TableLock}), so that apply never
 * waits for a lock while holding one it took later in the middle of its statements.
 *
 * <p>Order: a table before the tables whose foreign keys reference it, as applications insert a parent row
 * before its children; the locks then queue the way the application's writes do. Waits: the first lock
 * may wait the whole lock timeout. The later ones wait while apply holds locks, so together they wait at
 * most half the server's {@code deadlock_timeout}: an application transaction caught in a cycle with the
 * apply is still waiting when the apply gives up and rolls back, so PostgreSQL never aborts it. A lock not
 * had in time ends the attempt as a lock timeout, which apply retries.
 */
final class TableLocks {
    private static final String DEADLOCK_TIMEOUT = SqlResource.load("deadlock-timeout.sql");

    private TableLocks() {
    }

    /**
     * @param schemas the catalog and the expected schema, whose foreign keys give the order
     */
    static void acquire(Connection connection, List<PlannedStatement> statements, Duration lockTimeout,
                        List<SchemaModel> schemas) throws SQLException {
        SortedMap<QualifiedName, TableLock> locks = TableLock.requiredBy(statements);
        if (locks.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            Duration budget = min(lockTimeout, deadlockTimeout(statement).dividedBy(2));
            long firstHeld = 0;
            for (QualifiedName table : parentsFirst(locks.keySet(), schemas)) {
                String sql = locks.get(table).sql(table);
                if (firstHeld != 0) {
                    Duration left = budget.minusNanos(System.nanoTime() - firstHeld);
                    statement.execute(Applier.setLockTimeout(left.toMillis() < 1 ? Duration.ofMillis(1) : left));
                }
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    if (!Failures.isLockConflict(e)) {
                        throw e;
                    }
                    throw new SchemaDiffException(ErrorCode.LOCK_TIMEOUT, "'" + sql + "' could not get its lock ("
                            + e.getMessage().lines().findFirst().orElse("") + ")", e);
                }
                firstHeld = firstHeld == 0 ? System.nanoTime() : firstHeld;
            }
            statement.execute(Applier.setLockTimeout(lockTimeout));
        }
    }

    /** {@code tables}, each after the tables it references; by name among equals and to break cycles. */
    static List<QualifiedName> parentsFirst(Set<QualifiedName> tables, List<SchemaModel> schemas) {
        Map<QualifiedName, Set<QualifiedName>> parents = new HashMap<>();
        for (SchemaModel schema : schemas) {
            for (Table table : schema.tables()) {
                for (ForeignKey foreignKey : table.foreignKeys()) {
                    if (tables.contains(table.name()) && tables.contains(foreignKey.referencedTable())
                            && !table.name().equals(foreignKey.referencedTable())) {
                        parents.computeIfAbsent(table.name(), child -> new HashSet<>()).add(foreignKey.referencedTable());
                    }
                }
            }
        }
        List<QualifiedName> order = new ArrayList<>();
        TreeSet<QualifiedName> left = new TreeSet<>(tables);
        while (!left.isEmpty()) {
            QualifiedName next = left.stream()
                    .filter(table -> parents.getOrDefault(table, Set.of()).stream().noneMatch(left::contains))
                    .findFirst().orElse(left.first());
            order.add(next);
            left.remove(next);
        }
        return order;
    }

    private static Duration deadlockTimeout(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery(DEADLOCK_TIMEOUT)) {
            row.next();
            return Duration.ofMillis(row.getLong(1));
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
