package dev.schemadiff.catalog;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.ForeignKey.ReferentialAction;
import dev.schemadiff.schema.Index;
import dev.schemadiff.schema.PrimaryKey;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Sequence;
import dev.schemadiff.schema.Table;
import dev.schemadiff.schema.UniqueKey;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the live PostgreSQL catalog into the same {@link SchemaModel} the entity side produces.
 *
 * <p>A read issues a fixed handful of statements, one per object kind, whatever the number of
 * tables. Names are kept raw, exactly as stored. What the model does not carry is not read:
 * partitions (their parent table stands for them), views, temporary objects, objects that belong to
 * an extension, exclusion constraints, an index's access method, operator classes, collations,
 * {@code NULLS FIRST/LAST} and partial-index predicates. A generated column is read as an ordinary
 * column without a default.
 *
 * <p>Expression texts ({@code format_type}, defaults, check and index expressions) are PostgreSQL's
 * own deparse, which schema-qualifies names that are not visible on the session's
 * {@code search_path}: read with the same {@code search_path} the comparison assumes.
 */
public final class PgCatalogReader {

    /**
     * Reads every table, column, key, index, foreign key, check and sequence of the given schemas.
     *
     * <p>On a connection in auto-commit mode all queries run in one read-only REPEATABLE READ
     * transaction, so they see one catalog state; it is rolled back and auto-commit is restored
     * afterwards. Inside a transaction the caller already opened, the queries simply join it.
     *
     * @param connection an open connection to the database to read
     * @param schemas    schema names, raw and case-sensitive; a schema that does not exist adds nothing
     * @return the tables ordered by schema and name, each with its columns in declaration order and
     *         its constraints and indexes ordered by name, and the standalone sequences
     * @throws SchemaDiffException with {@link ErrorCode#CATALOG} when a catalog query fails
     */
    public SchemaModel read(Connection connection, Collection<String> schemas) {
        List<String> schemaNames = List.copyOf(schemas);
        try {
            return CatalogSnapshot.read(connection, () -> readModel(connection, schemaNames));
        } catch (SQLException e) {
            throw CatalogQuery.failure("the catalog", schemaNames, e);
        }
    }

    private static SchemaModel readModel(Connection connection, List<String> schemas) {
        // Keyed by pg_class oid in the order tables.sql returns them; the other queries refer to tables by oid.
        Map<Long, TableParts> tables = new LinkedHashMap<>();
        for (TableRow row : CatalogQuery.TABLES.run(connection, schemas, TableRow::from)) {
            tables.put(row.oid(), new TableParts(row.name()));
        }
        for (ColumnRow row : CatalogQuery.COLUMNS.run(connection, schemas, ColumnRow::from)) {
            partsOf(tables, row.tableOid(), schemas).columns.add(row.toColumn());
        }
        for (ConstraintRow row : CatalogQuery.CONSTRAINTS.run(connection, schemas, ConstraintRow::from)) {
            row.addTo(partsOf(tables, row.tableOid(), schemas));
        }
        for (IndexRow row : CatalogQuery.INDEXES.run(connection, schemas, IndexRow::from)) {
            partsOf(tables, row.tableOid(), schemas).indexes.add(row.index());
        }
        List<Sequence> sequences = CatalogQuery.SEQUENCES.run(connection, schemas, PgCatalogReader::sequence);
        return new SchemaModel(tables.values().stream().map(TableParts::toTable).toList(), sequences);
    }

    /**
     * Every query applies the same table filter, so a row of an unknown table means the catalog
     * changed between two queries, which can only happen inside a caller's READ COMMITTED transaction.
     */
    private static TableParts partsOf(Map<Long, TableParts> tables, long tableOid, List<String> schemas) {
        TableParts parts = tables.get(tableOid);
        if (parts == null) {
            throw new SchemaDiffException(ErrorCode.CATALOG, "reading schemas " + schemas + ": a table appeared"
                    + " while the catalog was being read; run again once concurrent DDL has finished");
        }
        return parts;
    }

    /** A row of {@code sequences.sql}: the model's own record already has exactly its fields. */
    private static Sequence sequence(ResultSet row) throws SQLException {
        return new Sequence(QualifiedName.of(row.getString("schema_name"), row.getString("sequence_name")),
                row.getLong("start_value"), row.getLong("increment"));
    }

    private static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    /** A table's parts, collected from the per-kind queries before the immutable table is built. */
    private static final class TableParts {
        final QualifiedName name;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<UniqueKey> uniqueKeys = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();

        TableParts(QualifiedName name) {
            this.name = name;
        }

        Table toTable() {
            return new Table(name, columns, primaryKey, uniqueKeys, indexes, foreignKeys, checks);
        }
    }

    /** One row of {@code tables.sql}. */
    private record TableRow(long oid, QualifiedName name) {
        static TableRow from(ResultSet row) throws SQLException {
            return new TableRow(row.getLong("table_oid"),
                    QualifiedName.of(row.getString("schema_name"), row.getString("table_name")));
        }
    }

    /** One row of {@code columns.sql}. */
    private record ColumnRow(long tableOid, String name, String type, boolean nullable,
                             String defaultValue, String identity) {
        static ColumnRow from(ResultSet row) throws SQLException {
            return new ColumnRow(row.getLong("table_oid"), row.getString("column_name"), row.getString("type"),
                    row.getBoolean("nullable"), row.getString("default_value"), row.getString("identity"));
        }

        Column toColumn() {
            return new Column(name, type, nullable, defaultValue, switch (identity) {
                case "" -> Column.Identity.NONE;
                case "a" -> Column.Identity.ALWAYS;
                case "d" -> Column.Identity.BY_DEFAULT;
                default -> throw new IllegalStateException("unknown attidentity '" + identity + "' on " + name);
            });
        }
    }

    /** One row of {@code constraints.sql}; the foreign key and check fields are null for other kinds. */
    private record ConstraintRow(long tableOid, String name, String type, List<String> columns,
                                 QualifiedName referencedTable, List<String> referencedColumns,
                                 String onDelete, boolean validated, String checkExpression) {
        static ConstraintRow from(ResultSet row) throws SQLException {
            String referencedTable = row.getString("referenced_table");
            return new ConstraintRow(row.getLong("table_oid"), row.getString("constraint_name"),
                    row.getString("constraint_type"), strings(row, "columns"),
                    referencedTable == null ? null : QualifiedName.of(row.getString("referenced_schema"), referencedTable),
                    strings(row, "referenced_columns"), row.getString("on_delete"), row.getBoolean("validated"),
                    row.getString("check_expression"));
        }

        void addTo(TableParts parts) {
            switch (type) {
                case "p" -> parts.primaryKey = new PrimaryKey(name, columns);
                case "u" -> parts.uniqueKeys.add(new UniqueKey(name, columns));
                case "f" -> parts.foreignKeys.add(new ForeignKey(name, columns, referencedTable, referencedColumns,
                        referentialAction(), validated));
                case "c" -> parts.checks.add(new CheckConstraint(name, checkExpression));
                default -> throw new IllegalStateException("constraints.sql returned contype '" + type + "'");
            }
        }

        private ReferentialAction referentialAction() {
            return switch (onDelete) {
                case "a" -> ReferentialAction.NO_ACTION;
                case "r" -> ReferentialAction.RESTRICT;
                case "c" -> ReferentialAction.CASCADE;
                case "n" -> ReferentialAction.SET_NULL;
                case "d" -> ReferentialAction.SET_DEFAULT;
                default -> throw new IllegalStateException("unknown confdeltype '" + onDelete + "' on " + name);
            };
        }
    }

    /** One row of {@code indexes.sql}. */
    private record IndexRow(long tableOid, Index index) {
        static IndexRow from(ResultSet row) throws SQLException {
            return new IndexRow(row.getLong("table_oid"),
                    new Index(row.getString("index_name"), strings(row, "key_parts"), row.getBoolean("is_unique")));
        }
    }
}
