package dev.schemadiff.emit;

import dev.schemadiff.schema.PrimaryKey;
import dev.schemadiff.schema.UniqueKey;
import dev.schemadiff.schema.change.AddPrimaryKey;
import dev.schemadiff.schema.change.AddUniqueKey;
import java.util.List;

/**
 * Primary and unique keys. Added to an existing table, each builds its index under an ACCESS EXCLUSIVE
 * lock; there is no NOT VALID form for them.
 */
final class KeyEmitter {
    private KeyEmitter() {
    }

    static String primaryKeyClause(PrimaryKey key) {
        return "CONSTRAINT " + Identifiers.quote(key.name()) + " PRIMARY KEY " + Statements.columnList(key.columns());
    }

    static String uniqueClause(UniqueKey key) {
        return "CONSTRAINT " + Identifiers.quote(key.name()) + " UNIQUE " + Statements.columnList(key.columns());
    }

    static List<PlannedStatement> emit(AddPrimaryKey change, EmitContext context) {
        return List.of(Statements.hazardous(
                "ALTER TABLE " + Identifiers.qualified(change.table()) + " ADD " + primaryKeyClause(change.key()),
                change, Phase.KEYS, context.hazardsOn(change.table(), Hazard.ACCESS_EXCLUSIVE_LOCK)));
    }

    static List<PlannedStatement> emit(AddUniqueKey change, EmitContext context) {
        return List.of(Statements.hazardous(
                "ALTER TABLE " + Identifiers.qualified(change.table()) + " ADD " + uniqueClause(change.key()),
                change, Phase.KEYS, context.hazardsOn(change.table(), Hazard.ACCESS_EXCLUSIVE_LOCK)));
    }
}
