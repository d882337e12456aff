package dev.schemadiff.api.internal;

import dev.schemadiff.schema.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Names the sessions that hold locks on a plan's tables, for the message of an apply that gave up waiting. */
final class LockHolders {
    private static final String LOCK_HOLDERS = SqlResource.load("lock-holders.sql");
    private static final int SHOWN = 3;

    private LockHolders() {
    }

    /**
     * One phrase such as {@code held by pid 4711 (idle in transaction for 42 s: LOCK TABLE candidate)}, or
     * a phrase saying the lock is gone; never fails, as it only decorates an error.
     */
    static String describe(Connection connection, Collection<QualifiedName> tables) {
        List<String> holders = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(LOCK_HOLDERS)) {
            query.setArray(1, RowProbe.textArray(connection, tables.stream().map(QualifiedName::schema).toList()));
            query.setArray(2, RowProbe.textArray(connection, tables.stream().map(QualifiedName::name).toList()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    holders.add(holder(rows));
                }
            }
        } catch (SQLException unavailable) {
            return "the sessions holding the lock could not be listed (" + firstLine(unavailable) + ")";
        }
        if (holders.isEmpty()) {
            return "no other session holds a lock on those tables now";
        }
        String shown = String.join(", ", holders.subList(0, Math.min(SHOWN, holders.size())));
        return "held by " + shown + (holders.size() > SHOWN ? " and " + (holders.size() - SHOWN) + " more" : "");
    }

    private static String holder(ResultSet row) throws SQLException {
        int seconds = row.getInt("transaction_seconds");
        boolean inTransaction = !row.wasNull();
        String state = row.getString("state");
        return String.format(Locale.ROOT, "pid %d (%s%s on %s: %s)", row.getInt("pid"),
                state == null ? "state unknown" : state, inTransaction ? " for " + seconds + " s" : "",
                row.getString("relations"), row.getString("query"));
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.lines().findFirst().orElse(message);
    }
}
