package dev.schemadiff.emit;

import dev.schemadiff.schema.change.CreateSchema;
import java.util.List;

/** {@code CREATE SCHEMA}. */
final class SchemaEmitter {
    private SchemaEmitter() {
    }

    static List<PlannedStatement> emit(CreateSchema change) {
        return List.of(Statements.plain("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(change.schema()),
                change, Phase.SCHEMAS));
    }
}
