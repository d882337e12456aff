package dev.schemadiff.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor of a catalog read: the catalog reader's own SQL resources, executed with plain JDBC and
 * drained (every value fetched), with no mapping into a model.
 */
final class CatalogFloor {
    private static final List<String> KINDS = List.of("tables", "columns", "constraints", "indexes", "sequences");
    private final List<String> queries = new ArrayList<>();

    CatalogFloor() {
        for (String kind : KINDS) {
            String resource = "/dev/schemadiff/catalog/" + kind + ".sql";
            try (InputStream in = CatalogFloor.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the classpath (schemadiff-catalog-reader)");
                }
                queries.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Runs every query for {@code schemas} in one read-only transaction, as the reader does; returns the values read. */
    long read(Connection connection, List<String> schemas) throws SQLException {
        long values = 0;
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        try {
            for (String sql : queries) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
                    try (ResultSet rows = statement.executeQuery()) {
                        int width = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            for (int column = 1; column <= width; column++) {
                                rows.getObject(column);
                                values++;
                            }
                        }
                    }
                }
            }
        } finally {
            connection.rollback();
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
        }
        return values;
    }
}
