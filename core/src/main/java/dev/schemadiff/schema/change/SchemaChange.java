package dev.schemadiff.schema.change;

import dev.schemadiff.schema.QualifiedName;
import java.util.Optional;

/**
 * One additive change that brings a database closer to the expected schema. The set of changes is
 * closed: the SQL emitter handles each permitted type, and a test checks that it does.
 */
public sealed interface SchemaChange
        permits CreateSchema, CreateSequence, CreateTable, AddColumn, AddPrimaryKey, AddUniqueKey,
                CreateIndex, AddCheck, AddForeignKey {

    /** The kind of change, for reports and JSON. */
    ChangeKind kind();

    /** The table this change creates or alters; empty for a schema or a sequence. */
    Optional<QualifiedName> tableName();
}
