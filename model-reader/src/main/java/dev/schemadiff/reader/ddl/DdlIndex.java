package dev.schemadiff.reader.ddl;

import java.util.List;
import java.util.Objects;

/**
 * A {@code create index} following the tables of its schema.
 *
 * @param name   the index name as PostgreSQL stores it
 * @param parts  the key parts in order
 */
public record DdlIndex(String name, List<Part> parts, boolean unique) {
    public DdlIndex {
        Objects.requireNonNull(name, "name");
        parts = List.copyOf(parts);
    }

    /**
     * One key part.
     *
     * @param column     the column as PostgreSQL stores its name, or {@code null} for an expression
     * @param expression the expression as written, for an expression part
     */
    public record Part(String column, String expression, boolean descending) {
        public static Part column(String column, boolean descending) {
            return new Part(Objects.requireNonNull(column, "column"), null, descending);
        }

        public static Part expression(String expression, boolean descending) {
            return new Part(null, Objects.requireNonNull(expression, "expression"), descending);
        }
    }
}
