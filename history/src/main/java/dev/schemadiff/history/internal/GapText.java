package dev.schemadiff.history.internal;

import dev.schemadiff.history.Gap;
import dev.schemadiff.schema.Column;
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

/** Names what a missing or mismatching object is, for reports. */
public final class GapText {
    private GapText() {
    }

    public static Gap of(SchemaChange change) {
        if (change instanceof CreateSchema c) {
            return new Gap(c.schema(), "missing schema");
        } else if (change instanceof CreateSequence c) {
            return new Gap(c.sequence().name().toString(), "missing sequence");
        } else if (change instanceof CreateTable c) {
            return new Gap(c.table().name().toString(), "missing table");
        } else if (change instanceof AddColumn c) {
            return new Gap(c.table() + "." + c.column().name(), "missing column " + describe(c.column()));
        } else if (change instanceof AddPrimaryKey c) {
            return new Gap(c.table().toString(), "missing primary key (" + String.join(", ", c.key().columns()) + ")");
        } else if (change instanceof AddUniqueKey c) {
            return new Gap(c.table().toString(), "missing unique key (" + String.join(", ", c.key().columns()) + ")");
        } else if (change instanceof CreateIndex c) {
            return new Gap(c.table().toString(), "missing index " + c.index().name());
        } else if (change instanceof AddCheck c) {
            return new Gap(c.table().toString(), "missing check " + c.check().name());
        } else if (change instanceof AddForeignKey c) {
            return new Gap(c.table().toString(), "missing foreign key (" + String.join(", ", c.foreignKey().columns())
                    + ") references " + c.foreignKey().referencedTable());
        }
        throw new IllegalArgumentException("unhandled change " + change.kind());
    }

    public static Gap of(Finding finding) {
        String object = finding.column() == null ? finding.table().toString() : finding.table() + "." + finding.column();
        if (finding.kind() == FindingKind.NEEDS_BACKFILL) {
            return new Gap(object, "NOT NULL, and the existing rows need a value: give --fill " + object + "=SQL");
        }
        return new Gap(object, finding.kind().jsonName() + ": the migrations make " + finding.expected()
                + ", the database has " + finding.actual());
    }

    private static String describe(Column column) {
        return column.type() + (column.nullable() ? "" : " NOT NULL");
    }
}
