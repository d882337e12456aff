package dev.schemadiff.schema.change;

import dev.schemadiff.schema.PrimaryKey;
import dev.schemadiff.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/** A primary key missing from an existing table. */
public record AddPrimaryKey(QualifiedName table, PrimaryKey key) implements SchemaChange {
    public AddPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.ADD_PRIMARY_KEY;
    }

    @Override
    public Optional<QualifiedName> tableName() {
        return Optional.of(table);
    }
}
