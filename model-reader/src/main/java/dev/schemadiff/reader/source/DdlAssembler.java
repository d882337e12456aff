package dev.schemadiff.reader.source;

import dev.schemadiff.reader.ddl.DdlCheck;
import dev.schemadiff.reader.ddl.DdlColumn;
import dev.schemadiff.reader.ddl.DdlIndex;
import dev.schemadiff.reader.ddl.DdlKey;
import dev.schemadiff.reader.ddl.DdlNamespace;
import dev.schemadiff.reader.ddl.DdlTable;
import dev.schemadiff.reader.ddl.TruncatedNames;
import dev.schemadiff.reader.ddl.TruncatedNames.Kind;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.Origin;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.Sequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.boot.model.naming.Identifier;

/**
 * The bound tables and sequences as Hibernate's create script writes them ({@link DdlNamespace}s for the
 * shared PostgreSQL naming), with hashed foreign key names, and where each table and column comes from.
 */
final class DdlAssembler {
    private final BindingContext context;
    private final Map<QualifiedName, String> tableOrigins = new LinkedHashMap<>();
    private final Map<ColumnRef, Origin> columnOrigins = new LinkedHashMap<>();
    private final TruncatedNames truncatedNames;

    /** @param warnings receives a line for each name PostgreSQL would truncate */
    DdlAssembler(BindingContext context, Consumer<String> warnings) {
        this.context = context;
        this.truncatedNames = new TruncatedNames(warnings);
    }

    List<DdlNamespace> namespaces() {
        Set<BoundTable> includedTables = new HashSet<>();
        List<BindingContext.Namespace> namespaces = context.namespaces();
        namespaces.forEach(namespace -> namespace.tables.stream().filter(table -> table.included != null)
                .forEach(table -> includedTables.add(table.included)));
        List<DdlNamespace> result = new ArrayList<>();
        for (BindingContext.Namespace namespace : namespaces) {
            String schema = schemaName(context.naming.physicalSchema(namespace.logicalSchema));
            List<Sequence> sequences = namespace.sequences.stream()
                    .map(sequence -> new Sequence(QualifiedName.of(schema, raw(Kind.SEQUENCE, schema, sequence.name())),
                            sequence.start(),
                            sequence.increment()))
                    .toList();
            List<DdlTable> tables = new ArrayList<>();
            for (BoundTable table : namespace.tables) {
                // an abstract TABLE_PER_CLASS class whose subclasses include its columns has no table of its own
                if (!(table.isAbstract && includedTables.contains(table))) {
                    tables.add(table(table));
                }
            }
            result.add(new DdlNamespace(schema, sequences, tables));
        }
        return result;
    }

    Map<QualifiedName, String> tableOrigins() {
        return tableOrigins;
    }

    Map<ColumnRef, Origin> columnOrigins() {
        return columnOrigins;
    }

    private String schemaName(Identifier physicalSchema) {
        return physicalSchema == null ? context.defaultSchema : raw(Kind.SCHEMA, null, physicalSchema);
    }

    QualifiedName nameOf(BoundTable table) {
        String schema = schemaName(table.schema);
        return QualifiedName.of(schema, raw(Kind.TABLE, schema, table.name));
    }

    private String raw(Kind kind, String owner, Identifier identifier) {
        return truncatedNames.raw(kind, owner, identifier.getText(), identifier.isQuoted());
    }

    /** The checks with the names PostgreSQL stores; binding keeps them as written into the DDL. */
    private List<DdlCheck> checks(List<DdlCheck> written, QualifiedName table) {
        return written.stream().map(check -> check.name() == null ? check
                : new DdlCheck(truncatedNames.raw(Kind.CHECK, table.toString(), check.name()), check.expression()))
                .toList();
    }

    private DdlTable table(BoundTable table) {
        QualifiedName name = nameOf(table);
        if (table.entity != null) {
            tableOrigins.putIfAbsent(name, table.entity);
        }
        List<BoundColumn> primaryKey = table.primaryKey();
        List<DdlColumn> columns = new ArrayList<>();
        for (BoundColumn column : table.columns()) {
            if (column.sqlType == null) {
                continue; // a join column whose target could not be read: warned where it was mapped
            }
            boolean soleKeyColumn = primaryKey.size() == 1 && primaryKey.get(0) == column;
            columns.add(new DdlColumn(raw(Kind.COLUMN, name.toString(), column.name), column.sqlType,
                    column.nullable, column.defaultValue, column.identity, column.unique && !soleKeyColumn,
                    checks(column.checks, name)));
            credit(table, name, column);
        }
        DdlKey key = primaryKey.isEmpty() ? null : new DdlKey(
                table.primaryKeyName == null ? null
                        : truncatedNames.raw(Kind.PRIMARY_KEY, name.toString(), table.primaryKeyName),
                primaryKey.stream().map(BoundColumn::rawName).toList());
        List<DdlKey> uniqueKeys = new ArrayList<>();
        for (BoundTable.UniqueKey unique : table.uniqueKeys.values()) {
            if (!isSingleColumnUnique(table, unique)) {
                uniqueKeys.add(new DdlKey(unique.name() == null ? null
                        : truncatedNames.raw(Kind.UNIQUE_KEY, name.toString(), unique.name()),
                        unique.columns().stream().map(Naming::raw).toList()));
            }
        }
        List<DdlIndex> indexes = table.indexes.values().stream()
                .map(index -> new DdlIndex(truncatedNames.raw(Kind.INDEX, name.toString(), index.name()), index.parts(),
                        index.unique()))
                .toList();
        return new DdlTable(name, columns, key, uniqueKeys, indexes, foreignKeys(table, name),
                checks(table.checks, name), table.aggregateChecks);
    }

    /** A column of an included table belongs, in the including table, to the including entity. */
    private void credit(BoundTable table, QualifiedName name, BoundColumn column) {
        if (column.origin == null) {
            return;
        }
        boolean included = column.table != table && table.included != null && column.table != null;
        Origin origin = included && table.entity != null
                ? new Origin(table.entity, column.origin.attribute(), column.origin.primitive())
                : column.origin;
        columnOrigins.putIfAbsent(new ColumnRef(name, column.rawName()), origin);
    }

    /** {@code CreateTableUniqueDelegate.isSingleColumnUnique}: such a key is its column's inline {@code unique}. */
    private static boolean isSingleColumnUnique(BoundTable table, BoundTable.UniqueKey key) {
        return key.columns().size() == 1
                && table.column(key.columns().get(0).getCanonicalName()).map(column -> column.unique).orElse(false);
    }

    /**
     * The table's foreign keys, then (for a TABLE_PER_CLASS subclass) those of the tables it includes,
     * named as Hibernate names them for this table.
     */
    private List<ForeignKey> foreignKeys(BoundTable table, QualifiedName tableName) {
        List<BoundForeignKey> all = new ArrayList<>();
        for (BoundTable current = table; current != null; current = current.included) {
            all.addAll(current.foreignKeys);
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (BoundForeignKey foreignKey : all) {
            if (!foreignKey.constrained() || !seen.add(List.of(foreignKey.columns(), foreignKey.referencedEntity()))) {
                continue;
            }
            BoundTable referencedTable = foreignKey.referencedEntity().table;
            List<BoundColumn> referenced = foreignKey.referencedColumns().isEmpty()
                    ? foreignKey.referencedEntity().keyColumns() : foreignKey.referencedColumns();
            String name = foreignKey.explicitName() != null
                    ? raw(Kind.FOREIGN_KEY, tableName.toString(), context.naming.identifier(foreignKey.explicitName()))
                    : truncatedNames.raw(Kind.FOREIGN_KEY, tableName.toString(), context.naming.foreignKeyName(
                            table.name, referencedTable.name,
                            foreignKey.columns().stream().map(column -> column.name).toList()));
            foreignKeys.add(new ForeignKey(name, foreignKey.columns().stream().map(BoundColumn::rawName).toList(),
                    nameOf(referencedTable), referenced.stream().map(BoundColumn::rawName).toList(),
                    foreignKey.onDelete(), true));
        }
        return foreignKeys;
    }
}
