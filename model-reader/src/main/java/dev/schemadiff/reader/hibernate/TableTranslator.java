package dev.schemadiff.reader.hibernate;

import dev.schemadiff.reader.ddl.DdlCheck;
import dev.schemadiff.reader.ddl.DdlColumn;
import dev.schemadiff.reader.ddl.DdlIndex;
import dev.schemadiff.reader.ddl.DdlKey;
import dev.schemadiff.reader.ddl.DdlTable;
import dev.schemadiff.reader.ddl.PgIdentifiers;
import dev.schemadiff.reader.ddl.TruncatedNames;
import dev.schemadiff.reader.ddl.TruncatedNames.Kind;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.ForeignKey.ReferentialAction;
import dev.schemadiff.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.mapping.AggregateColumn;
import org.hibernate.mapping.Formula;
import org.hibernate.mapping.Selectable;

/**
 * One Hibernate table as its create script writes it: the column definitions {@code ColumnDefinitions}
 * writes, the constraints {@code StandardTableExporter} and {@code CreateTableUniqueDelegate} put into
 * {@code create table}, and the indexes and foreign keys that follow; names as PostgreSQL stores them.
 */
final class TableTranslator {
    private final Metadata metadata;
    private final String defaultSchema;
    private final Consumer<String> warnings;
    private final AggregateCheckWriter aggregateChecks;
    private final TruncatedNames truncatedNames;

    TableTranslator(Metadata metadata, String defaultSchema, Consumer<String> warnings) {
        this.metadata = metadata;
        this.aggregateChecks = new AggregateCheckWriter(metadata.getDatabase().getDialect());
        this.defaultSchema = defaultSchema;
        this.warnings = warnings;
        this.truncatedNames = new TruncatedNames(warnings);
    }

    /** The qualified name PostgreSQL stores for {@code table}. */
    QualifiedName nameOf(org.hibernate.mapping.Table table) {
        String schema = schemaName(table.getSchemaIdentifier());
        return QualifiedName.of(schema, raw(Kind.TABLE, schema, table.getNameIdentifier()));
    }

    /** The schema PostgreSQL stores for a schema identifier, {@code null} meaning the default schema. */
    String schemaName(Identifier schema) {
        return schema == null ? defaultSchema : raw(Kind.SCHEMA, null, schema);
    }

    /** The name PostgreSQL stores for a sequence of {@code schema}. */
    String sequenceName(String schema, Identifier sequence) {
        return raw(Kind.SEQUENCE, schema, sequence);
    }

    private String raw(Kind kind, String owner, Identifier identifier) {
        return truncatedNames.raw(kind, owner, identifier.getText(), identifier.isQuoted());
    }

    static String columnName(org.hibernate.mapping.Column column) {
        return PgIdentifiers.raw(column.getName(), column.isQuoted());
    }

    /** Translates {@code table} as written; PostgreSQL's names for what it leaves unnamed come later. */
    DdlTable translate(org.hibernate.mapping.Table table) {
        QualifiedName name = nameOf(table);
        warnAboutUnmodelledText(table, name);
        List<DdlColumn> columns = new ArrayList<>();
        List<String> aggregates = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            List<DdlCheck> checks = column.getCheckConstraints().stream()
                    .map(check -> check(check, name))
                    .toList();
            columns.add(new DdlColumn(truncatedNames.raw(Kind.COLUMN, name.toString(), column.getName(),
                    column.isQuoted()), column.getSqlType(metadata), column.isNullable(),
                    column.getDefaultValue(), column.isIdentity(), column.isUnique() && !table.isPrimaryKey(column),
                    checks));
            if (column instanceof AggregateColumn aggregate) {
                aggregateChecks.check(aggregate).ifPresent(aggregates::add);
            }
        }
        List<DdlCheck> tableChecks = table.getChecks().stream().map(check -> check(check, name)).toList();
        return new DdlTable(name, columns, primaryKey(table, name), uniqueKeys(table, name), indexes(table, name),
                foreignKeys(table, name), tableChecks, aggregates);
    }

    private DdlCheck check(org.hibernate.mapping.CheckConstraint check, QualifiedName table) {
        return new DdlCheck(check.isNamed() ? truncatedNames.raw(Kind.CHECK, table.toString(), check.getName()) : null,
                check.getConstraint());
    }

    /** {@code StandardTableExporter} names the primary key only after an explicitly named ordering key. */
    private DdlKey primaryKey(org.hibernate.mapping.Table table, QualifiedName tableName) {
        if (!table.hasPrimaryKey()) {
            return null;
        }
        org.hibernate.mapping.PrimaryKey key = table.getPrimaryKey();
        org.hibernate.mapping.UniqueKey ordering = key.getOrderingUniqueKey();
        String name = ordering != null && ordering.isNameExplicit()
                ? truncatedNames.raw(Kind.PRIMARY_KEY, tableName.toString(), ordering.getName()) : null;
        return new DdlKey(name, columnNames(key.getColumns()));
    }

    /** The unique constraints {@code CreateTableUniqueDelegate} writes after the column definitions. */
    private List<DdlKey> uniqueKeys(org.hibernate.mapping.Table table, QualifiedName tableName) {
        List<DdlKey> keys = new ArrayList<>();
        for (org.hibernate.mapping.UniqueKey key : table.getUniqueKeys().values()) {
            if (!isSingleColumnUnique(table, key)) {
                keys.add(new DdlKey(key.isNameExplicit()
                        ? truncatedNames.raw(Kind.UNIQUE_KEY, tableName.toString(), key.getName()) : null,
                        columnNames(key.getColumns())));
            }
        }
        return keys;
    }

    /** {@code CreateTableUniqueDelegate.isSingleColumnUnique}: such a key is the column's inline unique. */
    private static boolean isSingleColumnUnique(org.hibernate.mapping.Table table,
                                                org.hibernate.mapping.UniqueKey key) {
        if (key.getColumns().size() != 1) {
            return false;
        }
        org.hibernate.mapping.Column column = key.getColumn(0);
        if (column.isUnique()) {
            return true;
        }
        org.hibernate.mapping.Column tableColumn = table.getColumn(column);
        return tableColumn != null && tableColumn.isUnique();
    }

    private static List<String> columnNames(List<org.hibernate.mapping.Column> columns) {
        return columns.stream().map(TableTranslator::columnName).toList();
    }

    private void warnAboutUnmodelledText(org.hibernate.mapping.Table table, QualifiedName name) {
        if (table.getCatalog() != null) {
            warnings.accept("table " + name + " names catalog " + table.getCatalog()
                    + ", which PostgreSQL reads as a database name; the catalog is ignored");
        }
        if (table.getOptions() != null && !table.getOptions().isBlank()) {
            warnings.accept("table " + name + " has options \"" + table.getOptions() + "\" that are not modelled");
        }
        if (table.getExtraDeclarations() != null && !table.getExtraDeclarations().isBlank()) {
            warnings.accept("table " + name + " has extra declarations \"" + table.getExtraDeclarations()
                    + "\" that are not modelled");
        }
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            if (column.getOptions() != null && !column.getOptions().isBlank()) {
                warnings.accept("column " + name + "." + columnName(column) + " has options \""
                        + column.getOptions() + "\" that are not modelled");
            }
        }
    }

    private List<DdlIndex> indexes(org.hibernate.mapping.Table table, QualifiedName tableName) {
        List<DdlIndex> indexes = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            List<DdlIndex.Part> parts = new ArrayList<>();
            for (Selectable selectable : index.getSelectables()) {
                String order = index.getSelectableOrderMap().get(selectable);
                boolean descending = order != null && order.strip().equalsIgnoreCase("desc");
                parts.add(selectable instanceof Formula formula
                        ? DdlIndex.Part.expression(formula.getFormula(), descending)
                        : DdlIndex.Part.column(columnName((org.hibernate.mapping.Column) selectable), descending));
            }
            indexes.add(new DdlIndex(truncatedNames.raw(Kind.INDEX, tableName.toString(), index.getName()), parts, index.isUnique()));
        }
        return indexes;
    }

    private List<ForeignKey> foreignKeys(org.hibernate.mapping.Table table, QualifiedName tableName) {
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey foreignKey : table.getForeignKeyCollection()) {
            // StandardForeignKeyExporter writes nothing for these
            if (!foreignKey.isCreationEnabled() || !foreignKey.isPhysicalConstraint()) {
                continue;
            }
            String name = truncatedNames.raw(Kind.FOREIGN_KEY, tableName.toString(), foreignKey.getName());
            if (foreignKey.getKeyDefinition() != null) {
                warnings.accept("foreign key " + name + " on " + tableName + " has the definition \""
                        + foreignKey.getKeyDefinition() + "\"; it is modelled from the mapping instead");
            }
            List<org.hibernate.mapping.Column> referenced = foreignKey.isReferenceToPrimaryKey()
                    ? foreignKey.getReferencedTable().getPrimaryKey().getColumns()
                    : foreignKey.getReferencedColumns();
            foreignKeys.add(new ForeignKey(name,
                    foreignKey.getColumns().stream().map(TableTranslator::columnName).toList(),
                    nameOf(foreignKey.getReferencedTable()),
                    referenced.stream().map(TableTranslator::columnName).toList(),
                    onDelete(foreignKey.getOnDeleteAction()), true));
        }
        return foreignKeys;
    }

    private static ReferentialAction onDelete(OnDeleteAction action) {
        if (action == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (action) {
            case NO_ACTION -> ReferentialAction.NO_ACTION;
            case CASCADE -> ReferentialAction.CASCADE;
            case RESTRICT -> ReferentialAction.RESTRICT;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
        };
    }
}
