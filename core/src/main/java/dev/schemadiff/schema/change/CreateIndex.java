package dev.schemadiff.schema.change;

import dev.schemadiff.schema.Index;
import dev.schemadiff.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/** An index missing from a table. */
public record CreateIndex(QualifiedName table, Index index) implements SchemaChange {
    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.CREATE_INDEX;
    }

    @Override
    public Optional<QualifiedName> tableName() {
        return Optional.of(table);
    }
}
