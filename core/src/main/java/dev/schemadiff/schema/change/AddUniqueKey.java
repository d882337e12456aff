package dev.schemadiff.schema.change;

import dev.schemadiff.schema.UniqueKey;
import dev.schemadiff.schema.QualifiedName;
import java.util.Objects;

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
}
