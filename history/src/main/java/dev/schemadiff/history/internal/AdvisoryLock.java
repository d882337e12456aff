package dev.schemadiff.history.internal;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.history.internal.HistoryTool.HistoryLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * A session-level advisory lock: held across the transactions of a recover (reconcile, repair, stamp,
 * migrate) and released at the end, or by the server when the session dies.
 */
public final class AdvisoryLock {
    private static final String TRY_LOCK = SqlResource.load("try-advisory-lock.sql");
    private static final String LOCK = SqlResource.load("advisory-lock.sql");
    private static final String UNLOCK = SqlResource.load("advisory-unlock.sql");

    private AdvisoryLock() {
    }

    /**
     * Takes the lock, waiting for whoever holds it (a parallel deploy) as long as it takes.
     *
     * @param holder names the lock in the progress line shown while waiting
     */
    public static HistoryLock acquire(Connection connection, long key, String holder, Consumer<String> progress) {
        try {
            if (!query(connection, TRY_LOCK, key)) {
                progress.accept("waiting for " + holder + " (another deploy holds it)");
                try (PreparedStatement statement = connection.prepareStatement(LOCK)) {
                    statement.setLong(1, key);
                    statement.execute();
                }
            }
        } catch (SQLException e) {
            throw new SchemaDiffException(ErrorCode.LOCK_TIMEOUT, "could not take " + holder + ": "
                    + e.getMessage() + "; retry when the other deploy is done", e);
        }
        return () -> {
            try {
                query(connection, UNLOCK, key);
            } catch (SQLException e) {
                throw new SchemaDiffException(ErrorCode.CONNECTION, "releasing " + holder + " failed: " + e.getMessage()
                        + "; it is released when the connection closes", e);
            }
        };
    }

    private static boolean query(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }
}
