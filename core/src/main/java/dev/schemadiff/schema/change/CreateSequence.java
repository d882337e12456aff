package dev.schemadiff.schema.change;

import dev.schemadiff.schema.Sequence;
import java.util.Objects;

/** A missing sequence. */
public record CreateSequence(Sequence sequence) implements SchemaChange {
    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.CREATE_SEQUENCE;
    }
}
