package dev.schemadiff.schema.change;

import dev.schemadiff.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/** A schema that the expected tables or sequences live in and the database lacks. */
public record CreateSchema(String schema) implements SchemaChange {
    public CreateSchema {
        Objects.requireNonNull(schema, "schema");
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.CREATE_SCHEMA;
    }

    @Override
    public Optional<QualifiedName> tableName() {
        return Optional.empty();
    }
}
