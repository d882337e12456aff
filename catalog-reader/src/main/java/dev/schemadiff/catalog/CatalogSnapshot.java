package dev.schemadiff.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

/**
 * Runs the queries of one catalog read against a single catalog state. The queries are separate
 * statements, so under auto-commit a {@code CREATE TABLE} committing between the table query and the
 * column query would show up in one and not the other; one REPEATABLE READ transaction rules that out.
 */
final class CatalogSnapshot {
    private static final String BEGIN_SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";

    private CatalogSnapshot() {
    }

    /**
     * Runs {@code reads} in a read-only REPEATABLE READ transaction that is rolled back afterwards,
     * then puts the connection back into auto-commit mode. A connection already inside the caller's
     * transaction is used as it is: its isolation level is the caller's choice.
     */
    static <T> T read(Connection connection, Supplier<T> reads) throws SQLException {
        if (!connection.getAutoCommit()) {
            return reads.get();
        }
        connection.setAutoCommit(false);
        T result;
        try (Statement statement = connection.createStatement()) {
            // pgjdbc sends BEGIN lazily, so this is the transaction's first statement, before any snapshot.
            statement.execute(BEGIN_SNAPSHOT);
            result = reads.get();
        } catch (SQLException | RuntimeException | Error e) {
            try {
                end(connection);
            } catch (SQLException ending) {
                e.addSuppressed(ending);
            }
            throw e;
        }
        end(connection);
        return result;
    }

    private static void end(Connection connection) throws SQLException {
        try {
            connection.rollback();
        } finally {
            // Runs even when the rollback failed: the caller must not be left without auto-commit.
            connection.setAutoCommit(true);
        }
    }
}
