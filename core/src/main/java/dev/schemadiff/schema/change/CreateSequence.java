package dev.schemadiff.schema.change;

import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.Sequence;
import java.util.Objects;
import java.util.Optional;

/** A missing sequence. */
public record CreateSequence(Sequence sequence) implements SchemaChange {
    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.CREATE_SEQUENCE;
    }

    @Override
    public Optional<QualifiedName> tableName() {
        return Optional.empty();
    }
}
