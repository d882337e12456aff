package dev.schemadiff.emit;

import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.QualifiedName;
import java.util.List;

/**
 * The statements that replace a check constraint whose allowed values changed, such as the check of an
 * {@code @Enumerated(STRING)} column after a constant was added. Not part of a plan (plans never drop);
 * {@code schemadiff review} shows them as the safe way to ship the change in a migration: the new
 * constraint is added NOT VALID (a brief lock, no scan) and validated separately (reads and writes go on).
 */
public final class CheckReplacement {
    private CheckReplacement() {
    }

    /** DROP of {@code replaced}, ADD of {@code replacement} NOT VALID, VALIDATE; without semicolons. */
    public static List<String> statements(QualifiedName table, CheckConstraint replaced, CheckConstraint replacement) {
        String alter = "ALTER TABLE " + Identifiers.qualified(table);
        return List.of(
                alter + " DROP CONSTRAINT IF EXISTS " + Identifiers.quote(replaced.name()),
                alter + " ADD " + CheckEmitter.clause(replacement) + " NOT VALID",
                alter + " VALIDATE CONSTRAINT " + Identifiers.quote(replacement.name()));
    }
}
