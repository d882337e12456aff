package dev.schemadiff.schema.change;

import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.Table;
import java.util.Objects;
import java.util.Optional;

/**
 * A missing table, created with its columns, primary key, unique keys and checks. Its indexes and
 * foreign keys arrive as separate {@link CreateIndex} and {@link AddForeignKey} changes so that
 * foreign keys can follow every table they reference.
 */
public record CreateTable(Table table) implements SchemaChange {
    public CreateTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.CREATE_TABLE;
    }

    @Override
    public Optional<QualifiedName> tableName() {
        return Optional.of(table.name());
    }
}
