package dev.schemadiff.history.internal;

import dev.schemadiff.diff.DiffOptions;
import dev.schemadiff.schema.SchemaModel;
import java.sql.Connection;

/** Small model and catalog helpers shared by the tools. */
public final class Models {
    private static final String TABLE_EXISTS = SqlResource.load("table-exists.sql");

    private Models() {
    }

    /** The model without the history tables of Flyway, Liquibase and Alembic: they are not the migrations' schema. */
    public static SchemaModel withoutHistoryTables(SchemaModel model) {
        return new SchemaModel(model.tables().stream()
                .filter(table -> !DiffOptions.MIGRATION_TOOL_TABLES.contains(table.name().name())).toList(),
                model.sequences());
    }

    /** Whether {@code schema.table} exists on {@code connection}. */
    public static boolean tableExists(Connection connection, String schema, String table) {
        return Sql.flag(connection, TABLE_EXISTS, "looking for table " + schema + "." + table, schema, table);
    }
}
