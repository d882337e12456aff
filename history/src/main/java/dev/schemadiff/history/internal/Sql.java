package dev.schemadiff.history.internal;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs this module's small resource queries and wraps their failures with what was being done. */
public final class Sql {
    private static final String CURRENT_SCHEMA = SqlResource.load("current-schema.sql");

    private Sql() {
    }

    /** Where a tool keeps its history: the first schema given to it, else the session's current schema. */
    public static String historySchema(Connection live, List<String> schemas) {
        return schemas.isEmpty() ? value(live, CURRENT_SCHEMA, "reading the current schema") : schemas.get(0);
    }

    /** The rows of {@code sql}, each as strings; {@code parameters} bind in order (arrays as text[]). */
    public static List<List<String>> rows(Connection connection, String sql, String doing, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                if (parameter instanceof List<?> list) {
                    statement.setArray(i + 1, connection.createArrayOf("text", list.toArray()));
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                int width = rows.getMetaData().getColumnCount();
                List<List<String>> result = new ArrayList<>();
                while (rows.next()) {
                    List<String> row = new ArrayList<>(width);
                    for (int column = 1; column <= width; column++) {
                        row.add(rows.getString(column));
                    }
                    result.add(row);
                }
                return result;
            }
        } catch (SQLException e) {
            throw new SchemaDiffException(ErrorCode.CATALOG, doing + " failed: " + e.getMessage(), e);
        }
    }

    /** The single value of {@code sql}. */
    public static String value(Connection connection, String sql, String doing, Object... parameters) {
        return rows(connection, sql, doing, parameters).get(0).get(0);
    }

    /** The single boolean of {@code sql} (pgjdbc reads a boolean as {@code t} or {@code f}). */
    public static boolean flag(Connection connection, String sql, String doing, Object... parameters) {
        String value = value(connection, sql, doing, parameters);
        return "t".equals(value) || "true".equals(value);
    }
}
