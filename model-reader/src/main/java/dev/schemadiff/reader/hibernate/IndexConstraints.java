package dev.schemadiff.reader.hibernate;

import dev.schemadiff.schema.PrimaryKey;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.UniqueKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The primary key and unique constraints of one table: those {@code CreateTableUniqueDelegate} writes
 * into {@code create table}, merged and named the way PostgreSQL's {@code transformIndexConstraints}
 * and {@code ChooseIndexName} do.
 *
 * @param primaryKey the primary key, or {@code null}
 */
record IndexConstraints(PrimaryKey primaryKey, List<UniqueKey> uniqueKeys) {
    /** {@code NAMEDATALEN}: {@code ChooseIndexNameAddition} stops adding columns past this length. */
    private static final int NAME_DATA_LEN = 64;

    IndexConstraints {
        uniqueKeys = List.copyOf(uniqueKeys);
    }

    /** One index-backed constraint as written; {@code name} is {@code null} when left unnamed. */
    private static final class WrittenKey {
        String name;
        final List<String> columns;
        final boolean primary;

        WrittenKey(String name, List<String> columns, boolean primary) {
            this.name = name;
            this.columns = columns;
            this.primary = primary;
        }
    }

    /** Translates the keys of {@code table}, choosing PostgreSQL's names for the unnamed ones. */
    static IndexConstraints of(org.hibernate.mapping.Table table, QualifiedName tableName, PgNamespaceNames names,
                               Consumer<String> warnings) {
        PrimaryKey primaryKey = null;
        List<UniqueKey> uniqueKeys = new ArrayList<>();
        for (WrittenKey key : mergedAsPostgresDoes(table, tableName, warnings)) {
            String name;
            if (key.name != null) {
                name = PgIdentifiers.raw(key.name);
                names.takeRelation(name);
                names.takeConstraint(name);
            } else if (key.primary) {
                name = names.chooseIndexConstraintName(tableName.name(), null, "pkey");
            } else {
                name = names.chooseIndexConstraintName(tableName.name(), indexNameAddition(key.columns), "key");
            }
            if (key.primary) {
                primaryKey = new PrimaryKey(name, key.columns);
            } else {
                uniqueKeys.add(new UniqueKey(name, key.columns));
            }
        }
        return new IndexConstraints(primaryKey, uniqueKeys);
    }

    /**
     * PostgreSQL puts the primary key first, then the other keys in written order, and folds a key
     * with the same columns as an earlier one into it, handing over its name if the earlier had none.
     */
    private static List<WrittenKey> mergedAsPostgresDoes(org.hibernate.mapping.Table table, QualifiedName tableName,
                                                         Consumer<String> warnings) {
        List<WrittenKey> merged = new ArrayList<>();
        if (table.hasPrimaryKey()) {
            org.hibernate.mapping.PrimaryKey key = table.getPrimaryKey();
            org.hibernate.mapping.UniqueKey ordering = key.getOrderingUniqueKey();
            // StandardTableExporter names the primary key only after an explicitly named ordering key
            String name = ordering != null && ordering.isNameExplicit() ? ordering.getName() : null;
            merged.add(new WrittenKey(name, columnNames(key.getColumns()), true));
        }
        for (WrittenKey key : writtenUniqueKeys(table, tableName, warnings)) {
            WrittenKey earlier = merged.stream().filter(k -> k.columns.equals(key.columns)).findFirst().orElse(null);
            if (earlier == null) {
                merged.add(key);
            } else if (earlier.name == null) {
                earlier.name = key.name;
            }
        }
        return merged;
    }

    /** Inline {@code unique} columns in column order, then the table's unique constraints. */
    private static List<WrittenKey> writtenUniqueKeys(org.hibernate.mapping.Table table, QualifiedName tableName,
                                                      Consumer<String> warnings) {
        List<WrittenKey> written = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            if (column.isUnique() && !table.isPrimaryKey(column)) {
                written.add(new WrittenKey(null, List.of(TableTranslator.columnName(column)), false));
            }
        }
        for (org.hibernate.mapping.UniqueKey key : table.getUniqueKeys().values()) {
            if (!isSingleColumnUnique(table, key)) {
                key.getColumns().forEach(column -> TableTranslator.warnIfMissing(table, column, tableName,
                        "unique constraint " + key.getName(), warnings));
                written.add(new WrittenKey(key.isNameExplicit() ? key.getName() : null,
                        columnNames(key.getColumns()), false));
            }
        }
        return written;
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

    /** {@code ChooseIndexNameAddition}: the column names joined by {@code _}, stopping once long enough. */
    private static String indexNameAddition(List<String> columns) {
        StringBuilder addition = new StringBuilder();
        int bytes = 0;
        for (String column : columns) {
            if (bytes > 0) {
                addition.append('_');
                bytes++;
            }
            addition.append(column);
            bytes += column.getBytes(StandardCharsets.UTF_8).length;
            if (bytes >= NAME_DATA_LEN) {
                break;
            }
        }
        return addition.toString();
    }
}
