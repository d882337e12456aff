package dev.schemadiff.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index that does not back a constraint.
 *
 * @param columns key parts as PostgreSQL prints them: a column name, or an expression, followed by
 *                {@code DESC} where the order is descending
 */
public record Index(String name, List<String> columns, boolean unique) {
    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
