package dev.schemadiff.schema.change;

/**
 * One additive change that brings a database closer to the expected schema. The set of changes is
 * closed: the SQL emitter handles each permitted type, and a test checks that it does.
 */
public sealed interface SchemaChange
        permits CreateSchema, CreateSequence, CreateTable, AddColumn, AddPrimaryKey, AddUniqueKey,
                CreateIndex, AddCheck, AddForeignKey {

    /** The kind of change, for reports and JSON. */
    ChangeKind kind();
}
