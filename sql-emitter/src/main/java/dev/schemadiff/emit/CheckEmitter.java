package dev.schemadiff.emit;

import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.change.AddCheck;
import java.util.List;

/**
 * Check constraints. On an existing table the constraint is added NOT VALID (a brief lock, no scan) and
 * validated separately, so that rows violating it leave it NOT VALID instead of failing the plan.
 */
final class CheckEmitter {
    private CheckEmitter() {
    }

    static String clause(CheckConstraint check) {
        return "CONSTRAINT " + Identifiers.quote(check.name()) + " CHECK (" + check.expression() + ")";
    }

    static List<PlannedStatement> emit(AddCheck change, EmitContext context) {
        QualifiedName table = change.table();
        String alter = "ALTER TABLE " + Identifiers.qualified(table);
        String add = alter + " ADD " + clause(change.check());
        if (context.isNew(table)) {
            return List.of(Statements.plain(add, change, Phase.CHECKS));
        }
        return List.of(
                Statements.plain(add + " NOT VALID", change, Phase.CHECKS),
                Statements.tolerantValidation(alter + " VALIDATE CONSTRAINT " + Identifiers.quote(change.check().name()),
                        change, Phase.CHECKS, "SELECT count(*) FROM " + Identifiers.qualified(table)
                                + " WHERE NOT (" + change.check().expression() + ")"));
    }
}
