package dev.schemadiff.emit;

import dev.schemadiff.schema.QualifiedName;
import java.util.Set;

/**
 * What emitters know beyond the change at hand.
 *
 * @param createdTables tables the same plan creates: empty and unseen by others until commit, so
 *                      statements on them carry no hazards and constraints need no separate validation
 */
record EmitContext(Set<QualifiedName> createdTables) {
    EmitContext {
        createdTables = Set.copyOf(createdTables);
    }

    boolean isNew(QualifiedName table) {
        return createdTables.contains(table);
    }

    /** The hazard of a statement on {@code table}, or none when the plan creates the table. */
    Set<Hazard> hazardsOn(QualifiedName table, Hazard hazard) {
        return isNew(table) ? Set.of() : Set.of(hazard);
    }
}
