package dev.schemadiff.bench;

import static dev.schemadiff.emit.Identifiers.quote;

import dev.schemadiff.schema.QualifiedName;

/**
 * The drift the harness inflicts, with identifiers quoted by the emitter's rules. A dropped column or
 * table takes its indexes and foreign keys along, so the later drops say IF EXISTS.
 */
final class Ddl {
    private Ddl() {
    }

    static String dropTable(QualifiedName table) {
        // CASCADE: the foreign keys that point at it go too, as when a table is lost by hand.
        return "DROP TABLE " + qualified(table) + " CASCADE";
    }

    static String dropColumn(String schema, String table, String column) {
        return "ALTER TABLE " + quote(schema) + "." + quote(table) + " DROP COLUMN " + quote(column) + " CASCADE";
    }

    static String dropSequence(QualifiedName sequence) {
        return "DROP SEQUENCE IF EXISTS " + qualified(sequence) + " CASCADE";
    }

    static String dropIndex(String schema, String index) {
        return "DROP INDEX IF EXISTS " + quote(schema) + "." + quote(index);
    }

    static String dropConstraint(String schema, String table, String constraint) {
        return "ALTER TABLE " + quote(schema) + "." + quote(table) + " DROP CONSTRAINT IF EXISTS " + quote(constraint);
    }

    private static String qualified(QualifiedName name) {
        return quote(name.schema()) + "." + quote(name.name());
    }
}
