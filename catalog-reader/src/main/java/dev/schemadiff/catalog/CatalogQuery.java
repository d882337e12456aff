package dev.schemadiff.catalog;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
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
 * The catalog SQL resources, one per object kind, each loaded once. Every query takes the schema
 * names as its only parameter and covers all of them in one statement.
 */
enum CatalogQuery {
    TABLES("tables"),
    COLUMNS("columns"),
    CONSTRAINTS("constraints"),
    INDEXES("indexes"),
    SEQUENCES("sequences");

    private final String kind;
    private final String sql;

    CatalogQuery(String kind) {
        this.kind = kind;
        this.sql = load(kind + ".sql");
    }

    /** Turns one result row into a row record. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Runs the query for {@code schemas} and maps every row; failures name the kind and the schemas. */
    <T> List<T> run(Connection connection, List<String> schemas, RowMapper<T> mapper) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw failure(kind, schemas, e);
        }
    }

    /** The one-line error for a failed catalog read, e.g. {@code reading columns of schemas [public]: ...}. */
    static SchemaDiffException failure(String what, List<String> schemas, SQLException cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        // Server errors carry Detail/Hint/Position on further lines; the message must stay one line.
        String oneLine = reason.strip().replaceAll("\\s*\\R\\s*", " ");
        return new SchemaDiffException(ErrorCode.CATALOG, "reading " + what + " of schemas " + schemas + ": "
                + oneLine + " (check the connection and that the role may read pg_catalog, then run again)", cause);
    }

    private static String load(String resource) {
        try (InputStream in = CatalogQuery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalog query " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not load catalog query " + resource, e);
        }
    }
}
