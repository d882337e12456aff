package dev.schemadiff.cli;

import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.change.AddCheck;
import dev.schemadiff.schema.change.AddColumn;
import dev.schemadiff.schema.change.AddForeignKey;
import dev.schemadiff.schema.change.AddPrimaryKey;
import dev.schemadiff.schema.change.AddUniqueKey;
import dev.schemadiff.schema.change.CreateIndex;
import dev.schemadiff.schema.change.CreateSchema;
import dev.schemadiff.schema.change.CreateSequence;
import dev.schemadiff.schema.change.CreateTable;
import dev.schemadiff.schema.change.Finding;
import dev.schemadiff.schema.change.FindingKind;
import dev.schemadiff.schema.change.SchemaChange;
import java.util.List;

/** One-line descriptions of changes and findings, shared by the progress output and every format. */
final class ChangeText {
    private ChangeText() {
    }

    /** What a change names: its table ({@code schema.table}, absent for schemas and sequences), column, object. */
    record Subject(String table, String column, String name) {
    }

    static Subject subject(SchemaChange change) {
        if (change instanceof CreateSchema schema) {
            return new Subject(null, null, schema.schema());
        } else if (change instanceof CreateSequence sequence) {
            return new Subject(null, null, sequence.sequence().name().toString());
        } else if (change instanceof CreateTable create) {
            return new Subject(create.table().name().toString(), null, null);
        } else if (change instanceof AddColumn add) {
            return new Subject(add.table().toString(), add.column().name(), null);
        } else if (change instanceof AddPrimaryKey key) {
            return new Subject(key.table().toString(), null, key.key().name());
        } else if (change instanceof AddUniqueKey key) {
            return new Subject(key.table().toString(), null, key.key().name());
        } else if (change instanceof CreateIndex index) {
            return new Subject(index.table().toString(), null, index.index().name());
        } else if (change instanceof AddCheck check) {
            return new Subject(check.table().toString(), null, check.check().name());
        } else if (change instanceof AddForeignKey foreignKey) {
            return new Subject(foreignKey.table().toString(), null, foreignKey.foreignKey().name());
        }
        throw new IllegalArgumentException("unknown change " + change.kind());
    }

    /** E.g. {@code add column public.candidate.expected_wage character varying(120)}. */
    static String describe(SchemaChange change) {
        if (change instanceof CreateSchema schema) {
            return "create schema " + schema.schema();
        } else if (change instanceof CreateSequence create) {
            return "create sequence " + create.sequence().name() + " (start " + create.sequence().start()
                    + ", increment " + create.sequence().increment() + ")";
        } else if (change instanceof CreateTable create) {
            int columns = create.table().columns().size();
            return "create table " + create.table().name() + " (" + columns + (columns == 1 ? " column)" : " columns)");
        } else if (change instanceof AddColumn add) {
            return "add column " + add.table() + "." + add.column().name() + " " + columnTail(add);
        } else if (change instanceof AddPrimaryKey key) {
            return "add primary key " + key.key().name() + " on " + key.table() + columns(key.key().columns());
        } else if (change instanceof AddUniqueKey key) {
            return "add unique " + key.key().name() + " on " + key.table() + columns(key.key().columns());
        } else if (change instanceof CreateIndex create) {
            return "create " + (create.index().unique() ? "unique index " : "index ") + create.index().name()
                    + " on " + create.table() + columns(create.index().columns());
        } else if (change instanceof AddCheck check) {
            return "add check " + check.check().name() + " on " + check.table() + " (" + check.check().expression() + ")";
        } else if (change instanceof AddForeignKey add) {
            return "add foreign key " + add.foreignKey().name() + " on " + add.table() + columns(add.foreignKey().columns())
                    + " references " + add.foreignKey().referencedTable() + columns(add.foreignKey().referencedColumns());
        }
        throw new IllegalArgumentException("unknown change " + change.kind());
    }

    /**
     * E.g. {@code type_mismatch public.candidate.expected_wage: entity Candidate.expectedWage wants
     * character varying(120), database has text}.
     */
    static String describe(Finding finding) {
        return finding.kind().jsonName() + " " + location(finding.table(), finding.column()) + ": " + detail(finding);
    }

    /** The part of {@link #describe(Finding)} after the location. */
    static String detail(Finding finding) {
        String actual = finding.actual() == null ? "none" : finding.actual();
        if (finding.expected() == null) {
            return "database has " + actual + ", which no entity maps (kept)";
        }
        String wanter = finding.origin() == null ? "the entities want " : "entity " + finding.origin() + " wants ";
        if (finding.kind() == FindingKind.NEEDS_BACKFILL) {
            return wanter + "NOT NULL and existing rows have no value: the column is added nullable; give one with --fill "
                    + location(finding.table(), finding.column()) + "=SQL";
        }
        return wanter + finding.expected() + ", database has " + actual;
    }

    static String location(QualifiedName table, String column) {
        return column == null ? table.toString() : table + "." + column;
    }

    private static String columnTail(AddColumn add) {
        Column column = add.column();
        StringBuilder text = new StringBuilder(column.type());
        if (column.defaultValue() != null) {
            text.append(" default ").append(column.defaultValue());
        }
        switch (add.mode()) {
            case AS_MODELLED -> text.append(column.nullable() ? "" : " not null");
            case TEMPORARY_DEFAULT -> text.append(" not null (existing rows get ").append(add.value()).append(')');
            case FILL -> text.append(" not null (existing rows filled with ").append(add.value()).append(')');
            case DEFERRED -> text.append(" (left nullable until existing rows are backfilled)");
            default -> throw new IllegalArgumentException("unknown mode " + add.mode());
        }
        return text.toString();
    }

    private static String columns(List<String> columns) {
        return " (" + String.join(", ", columns) + ")";
    }
}
