package dev.schemadiff.schema.change;

import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/** A foreign key missing from a table; added NOT VALID, then validated. */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey) implements SchemaChange {
    public AddForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.ADD_FOREIGN_KEY;
    }

    @Override
    public Optional<QualifiedName> tableName() {
        return Optional.of(table);
    }
}
