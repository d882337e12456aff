package dev.schemadiff.schema.change;

import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.UniqueKey;
import java.util.Objects;
import java.util.Optional;

/** A unique constraint missing from an existing table. */
public record AddUniqueKey(QualifiedName table, UniqueKey key) implements SchemaChange {
    public AddUniqueKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.ADD_UNIQUE;
    }

    @Override
    public Optional<QualifiedName> tableName() {
        return Optional.of(table);
    }
}
