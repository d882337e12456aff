package dev.schemadiff.review;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.sql.SqlResources;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Table sizes from a live database ({@code review --db}): the catalog's row estimate and total size. */
public final class DatabaseTableSizes implements ReviewRequest.TableSizes {
    private static final String QUERY = SqlResources.load("/dev/schemadiff/review/table-sizes.sql");

    private final Connection connection;

    public DatabaseTableSizes(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Map<QualifiedName, TableSize> sizes(Set<QualifiedName> tables) {
        Map<QualifiedName, TableSize> sizes = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setArray(1, connection.createArrayOf("text", tables.stream().map(QualifiedName::schema).toArray()));
            statement.setArray(2, connection.createArrayOf("text", tables.stream().map(QualifiedName::name).toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sizes.put(QualifiedName.of(rows.getString(1), rows.getString(2)),
                            new TableSize(rows.getLong(3), rows.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new SchemaDiffException(ErrorCode.CATALOG, "reading the sizes of tables " + tables + " failed: "
                    + e.getMessage() + "; check the connection, or review without --db", e);
        }
        return sizes;
    }
}
