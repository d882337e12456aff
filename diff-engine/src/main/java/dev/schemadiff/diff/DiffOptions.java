package dev.schemadiff.diff;

import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.QualifiedName;
import java.util.Map;
import java.util.Set;

/**
 * Facts about the database and the user's wishes that the two models cannot tell the differ.
 *
 * @param emptyTables   existing tables known to have no rows: a NOT NULL column is added to them as
 *                      modelled, since no row needs a value (see {@link SchemaDiffer#tablesNeedingRowCheck})
 * @param fills         {@code --fill}: an SQL value per column for the existing rows of a new NOT NULL column
 * @param ignoredTables table names (in any schema) that belong to migration tools, never reported as drift
 */
public record DiffOptions(Set<QualifiedName> emptyTables, Map<ColumnRef, String> fills, Set<String> ignoredTables) {

    /** History tables of Flyway, Liquibase and Alembic. */
    public static final Set<String> MIGRATION_TOOL_TABLES =
            Set.of("flyway_schema_history", "databasechangelog", "databasechangeloglock", "alembic_version");

    public DiffOptions {
        emptyTables = Set.copyOf(emptyTables);
        fills = Map.copyOf(fills);
        ignoredTables = Set.copyOf(ignoredTables);
    }

    /** No empty tables known, no fills, migration tool tables ignored. */
    public static DiffOptions defaults() {
        return new DiffOptions(Set.of(), Map.of(), MIGRATION_TOOL_TABLES);
    }

    /** The same options with these tables known to be empty. */
    public DiffOptions withEmptyTables(Set<QualifiedName> tables) {
        return new DiffOptions(tables, fills, ignoredTables);
    }

    /** The same options with these {@code --fill} values. */
    public DiffOptions withFills(Map<ColumnRef, String> values) {
        return new DiffOptions(emptyTables, values, ignoredTables);
    }
}
