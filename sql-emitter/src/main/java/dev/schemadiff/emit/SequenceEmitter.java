package dev.schemadiff.emit;

import dev.schemadiff.schema.Sequence;
import dev.schemadiff.schema.change.CreateSequence;
import java.util.List;

/** {@code CREATE SEQUENCE}. */
final class SequenceEmitter {
    private SequenceEmitter() {
    }

    static List<PlannedStatement> emit(CreateSequence change) {
        Sequence sequence = change.sequence();
        return List.of(Statements.plain("CREATE SEQUENCE IF NOT EXISTS " + Identifiers.qualified(sequence.name())
                + " START WITH " + sequence.start() + " INCREMENT BY " + sequence.increment(), change, Phase.SEQUENCES));
    }
}
