package dev.schemadiff.reader.hibernate;

import dev.schemadiff.reader.ddl.DdlCheck;
import dev.schemadiff.reader.ddl.DdlColumn;
import dev.schemadiff.reader.ddl.DdlIndex;
import dev.schemadiff.reader.ddl.DdlKey;
import dev.schemadiff.reader.ddl.DdlTable;
import dev.schemadiff.reader.ddl.PgIdentifiers;
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

    TableTranslator(Metadata metadata, String defaultSchema, Consumer<String> warnings) {
        this.metadata = metadata;
        this.aggregateChecks = new AggregateCheckWriter(metadata.getDatabase().getDialect());
        this.defaultSchema = defaultSchema;
        this.warnings = warnings;
    }

    /** The qualified name PostgreSQL stores for {@code table}. */
    QualifiedName nameOf(org.hibernate.mapping.Table table) {
        Identifier schema = table.getSchemaIdentifier();
        return QualifiedName.of(schema == null ? defaultSchema : raw(schema), raw(table.getNameIdentifier()));
    }

    static String raw(Identifier identifier) {
        return PgIdentifiers.raw(identifier.getText(), identifier.isQuoted());
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
                    .map(check -> new DdlCheck(check.isNamed() ? PgIdentifiers.raw(check.getName()) : null,
                            check.getConstraint()))
                    .toList();
            columns.add(new DdlColumn(columnName(column), column.getSqlType(metadata), column.isNullable(),
                    column.getDefaultValue(), column.isIdentity(), column.isUnique() && !table.isPrimaryKey(column),
                    checks));
            if (column instanceof AggregateColumn aggregate) {
                aggregateChecks.check(aggregate).ifPresent(aggregates::add);
            }
        }
        List<DdlCheck> tableChecks = table.getChecks().stream()
                .map(check -> new DdlCheck(check.isNamed() ? PgIdentifiers.raw(check.getName()) : null,
                        check.getConstraint()))
                .toList();
        return new DdlTable(name, columns, primaryKey(table), uniqueKeys(table), indexes(table),
                foreignKeys(table, name), tableChecks, aggregates);
    }

    /** {@code StandardTableExporter} names the primary key only after an explicitly named ordering key. */
    private static DdlKey primaryKey(org.hibernate.mapping.Table table) {
        if (!table.hasPrimaryKey()) {
            return null;
        }
        org.hibernate.mapping.PrimaryKey key = table.getPrimaryKey();
        org.hibernate.mapping.UniqueKey ordering = key.getOrderingUniqueKey();
        String name = ordering != null && ordering.isNameExplicit() ? PgIdentifiers.raw(ordering.getName()) : null;
        return new DdlKey(name, columnNames(key.getColumns()));
    }

    /** The unique constraints {@code CreateTableUniqueDelegate} writes after the column definitions. */
    private static List<DdlKey> uniqueKeys(org.hibernate.mapping.Table table) {
        List<DdlKey> keys = new ArrayList<>();
        for (org.hibernate.mapping.UniqueKey key : table.getUniqueKeys().values()) {
            if (!isSingleColumnUnique(table, key)) {
                keys.add(new DdlKey(key.isNameExplicit() ? PgIdentifiers.raw(key.getName()) : null,
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

    private static List<DdlIndex> indexes(org.hibernate.mapping.Table table) {
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
            indexes.add(new DdlIndex(PgIdentifiers.raw(index.getName()), parts, index.isUnique()));
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
            String name = PgIdentifiers.raw(foreignKey.getName());
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
