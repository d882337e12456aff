package dev.schemadiff.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key constraint. Matched against the database by its columns and referenced table.
 *
 * @param validated {@code false} when the constraint exists {@code NOT VALID} (orphan rows kept it so)
 */
public record ForeignKey(
        String name,
        List<String> columns,
        QualifiedName referencedTable,
        List<String> referencedColumns,
        ReferentialAction onDelete,
        boolean validated) {

    public ForeignKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(referencedColumns);
        Objects.requireNonNull(onDelete, "onDelete");
    }

    /** {@code ON DELETE} behaviour. */
    public enum ReferentialAction {
        NO_ACTION,
        RESTRICT,
        CASCADE,
        SET_NULL,
        SET_DEFAULT
    }
}
