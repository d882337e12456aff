package dev.schemadiff.api.internal;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.schema.QualifiedName;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Finds which tables are empty, in one round trip however many tables are asked about. */
final class RowProbe {
    private static final String EMPTY_TABLES = SqlResource.load("empty-tables.sql");

    private RowProbe() {
    }

    static Set<QualifiedName> emptyTables(Connection connection, Collection<QualifiedName> tables) {
        if (tables.isEmpty()) {
            return Set.of();
        }
        Set<QualifiedName> empty = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(EMPTY_TABLES)) {
            statement.setArray(1, textArray(connection, tables.stream().map(QualifiedName::schema).toList()));
            statement.setArray(2, textArray(connection, tables.stream().map(QualifiedName::name).toList()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    empty.add(QualifiedName.of(rows.getString(1), rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new SchemaDiffException(ErrorCode.CATALOG,
                    "checking which of " + tables.size() + " tables are empty: " + e.getMessage(), e);
        }
        return empty;
    }

    static Array textArray(Connection connection, Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }
}
