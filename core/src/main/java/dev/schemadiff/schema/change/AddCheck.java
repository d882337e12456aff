package dev.schemadiff.schema.change;

import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/** A check constraint missing from a table; added NOT VALID, then validated. */
public record AddCheck(QualifiedName table, CheckConstraint check) implements SchemaChange {
    public AddCheck {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.ADD_CHECK;
    }

    @Override
    public Optional<QualifiedName> tableName() {
        return Optional.of(table);
    }
}
