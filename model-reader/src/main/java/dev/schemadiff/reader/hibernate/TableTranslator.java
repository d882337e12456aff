package dev.schemadiff.reader.hibernate;

import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.ForeignKey.ReferentialAction;
import dev.schemadiff.schema.Index;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.Sequence;
import dev.schemadiff.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.mapping.Formula;
import org.hibernate.mapping.Selectable;

/**
 * One Hibernate table as PostgreSQL will hold it after Hibernate's create script: the column
 * definitions {@code ColumnDefinitions} writes, the constraints {@code StandardTableExporter} and
 * {@code CreateTableUniqueDelegate} put into {@code create table}, the indexes and foreign keys that
 * follow, and the names PostgreSQL gives the constraints Hibernate leaves unnamed.
 */
final class TableTranslator {
    private static final Set<String> SERIAL_TYPES =
            Set.of("smallserial", "serial2", "serial", "serial4", "bigserial", "serial8");

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
        return QualifiedName.of(schema == null ? defaultSchema : PgIdentifiers.raw(schema),
                PgIdentifiers.raw(table.getNameIdentifier()));
    }

    /**
     * Translates {@code table}, choosing names for its unnamed constraints in the order PostgreSQL
     * does while running its {@code create table}: serial and identity sequences, then checks, then
     * the primary key and unique constraints.
     *
     * @param serialSequences receives the sequences that {@code serial} column types create
     */
    Table translate(org.hibernate.mapping.Table table, PgNamespaceNames names, List<Sequence> serialSequences) {
        QualifiedName name = nameOf(table);
        names.takeRelation(name.name());
        warnAboutUnmodelledText(table, name);
        List<Column> columns = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            columns.add(column(table, column, name, names, serialSequences));
        }
        List<CheckConstraint> checks = new CheckTranslator(table, name, columns, names, aggregateChecks).checks();
        IndexConstraints keys = IndexConstraints.of(table, name, names, warnings);
        return new Table(name, columns, keys.primaryKey(), keys.uniqueKeys(), indexes(table, name),
                foreignKeys(table, name), checks);
    }

    private Column column(org.hibernate.mapping.Table table, org.hibernate.mapping.Column column,
                          QualifiedName tableName, PgNamespaceNames names, List<Sequence> serialSequences) {
        String name = columnName(column);
        String type = column.getSqlType(metadata);
        // PostgreSQL makes primary key and identity columns NOT NULL whatever the DDL says.
        boolean nullable = column.isNullable() && !column.isIdentity() && !isPrimaryKeyColumn(table, column);
        if (column.isIdentity()) {
            names.chooseSequenceName(tableName.name(), name);
            return new Column(name, type, false, null, Column.Identity.BY_DEFAULT);
        }
        String baseType = type.strip().toLowerCase(Locale.ROOT);
        if (SERIAL_TYPES.contains(baseType)) {
            String sequence = names.chooseSequenceName(tableName.name(), name);
            serialSequences.add(new Sequence(QualifiedName.of(tableName.schema(), sequence), 1, 1));
            String qualified = tableName.schema().equals(defaultSchema)
                    ? PgIdentifiers.quoteIfNeeded(sequence)
                    : PgIdentifiers.quoteIfNeeded(tableName.schema()) + "." + PgIdentifiers.quoteIfNeeded(sequence);
            return new Column(name, baseType, false,
                    "nextval('" + qualified.replace("'", "''") + "'::regclass)", Column.Identity.NONE);
        }
        if (looksLikeMoreThanAType(baseType)) {
            warnings.accept("column " + tableName + "." + name + " has columnDefinition \"" + type
                    + "\", which holds more than a type; the expected column type is approximate");
        }
        return new Column(name, type, nullable, column.getDefaultValue(), Column.Identity.NONE);
    }

    static String columnName(org.hibernate.mapping.Column column) {
        return PgIdentifiers.raw(column.getName(), column.isQuoted());
    }

    private static boolean isPrimaryKeyColumn(org.hibernate.mapping.Table table, org.hibernate.mapping.Column column) {
        return table.hasPrimaryKey() && table.getPrimaryKey().containsColumn(column);
    }

    private static boolean looksLikeMoreThanAType(String type) {
        return List.of(" not null", " null", " default ", " check", " unique", " primary key", " references ",
                " generated ", " collate ").stream().anyMatch(type::contains);
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

    private List<Index> indexes(org.hibernate.mapping.Table table, QualifiedName tableName) {
        List<Index> indexes = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            List<String> keyParts = new ArrayList<>();
            for (Selectable selectable : index.getSelectables()) {
                String order = index.getSelectableOrderMap().get(selectable);
                String descending = order != null && order.strip().equalsIgnoreCase("desc") ? " DESC" : "";
                if (selectable instanceof Formula formula) {
                    warnings.accept("index " + index.getName() + " on " + tableName + " has the expression "
                            + formula.getFormula() + "; PostgreSQL prints it in its own form");
                    keyParts.add(formula.getFormula() + descending);
                } else {
                    org.hibernate.mapping.Column column = (org.hibernate.mapping.Column) selectable;
                    warnIfMissing(table, column, tableName, "index " + index.getName(), warnings);
                    keyParts.add(PgIdentifiers.quoteIfNeeded(columnName(column)) + descending);
                }
            }
            indexes.add(new Index(PgIdentifiers.raw(index.getName()), keyParts, index.isUnique()));
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
            String name = PgIdentifiers.raw(Identifier.toIdentifier(foreignKey.getName()));
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

    /** Warns when a constraint or index names a column the table does not have: PostgreSQL rejects it. */
    static void warnIfMissing(org.hibernate.mapping.Table table, org.hibernate.mapping.Column column,
                              QualifiedName tableName, String what, Consumer<String> warnings) {
        if (!table.containsColumn(column)) {
            warnings.accept(what + " on " + tableName + " names column " + columnName(column)
                    + ", which the table does not have; PostgreSQL will reject the create script");
        }
    }
}
