package dev.schemadiff.schema;

import java.util.Objects;

/** A column of a table, by name. */
public record ColumnRef(QualifiedName table, String column) {
    public ColumnRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    /** Display form {@code schema.table.column}, unquoted. */
    @Override
    public String toString() {
        return table + "." + column;
    }
}
