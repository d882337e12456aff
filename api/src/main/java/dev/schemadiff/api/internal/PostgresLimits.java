package dev.schemadiff.api.internal;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.Sequence;
import dev.schemadiff.schema.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Refuses entities PostgreSQL cannot hold as they are written, before anything is planned:
 * <ul>
 *   <li>two tables or sequences of one schema, or two columns of one table, with the same name as
 *       PostgreSQL stores it. The names differ in the entities but not in PostgreSQL, which cuts names
 *       to 63 bytes and folds unquoted ones to lower case; {@code CREATE TABLE IF NOT EXISTS} would skip
 *       the second table silently, and two entities would share one;</li>
 *   <li>a table with more columns than PostgreSQL allows.</li>
 * </ul>
 */
final class PostgresLimits {
    /** {@code MaxHeapAttributeNumber}. */
    private static final int MAX_COLUMNS = 1600;
    private static final String WHY = "PostgreSQL keeps the first 63 bytes of a name and folds unquoted names to"
            + " lower case";

    private PostgresLimits() {
    }

    static void check(ExpectedSchema expected) {
        Map<QualifiedName, String> relations = new HashMap<>();
        for (Table table : expected.model().tables()) {
            String previous = relations.putIfAbsent(table.name(), "table");
            if (previous != null) {
                throw collision("two tables", table.name().toString(), previous);
            }
            if (table.columns().size() > MAX_COLUMNS) {
                throw new SchemaDiffException(ErrorCode.MODEL, "table " + table.name() + " would have "
                        + table.columns().size() + " columns, and PostgreSQL allows at most " + MAX_COLUMNS
                        + "; split the entity, or move fields to another table (@SecondaryTable, @ElementCollection)");
            }
            Set<String> columns = new HashSet<>();
            for (Column column : table.columns()) {
                if (!columns.add(column.name())) {
                    throw collision("two columns of table " + table.name(), column.name(), "column");
                }
            }
        }
        for (Sequence sequence : expected.model().sequences()) {
            String previous = relations.putIfAbsent(sequence.name(), "sequence");
            if (previous != null) {
                throw collision("a sequence and a " + previous, sequence.name().toString(), previous);
            }
        }
    }

    private static SchemaDiffException collision(String what, String name, String kind) {
        return new SchemaDiffException(ErrorCode.MODEL, "the entities give " + what + " the same name " + name
                + " (" + WHY + "); rename one " + kind + " in the entities so the names differ within 63 bytes");
    }
}
