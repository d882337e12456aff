package dev.schemadiff.reader.ddl;

import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.Index;
import dev.schemadiff.schema.PrimaryKey;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Sequence;
import dev.schemadiff.schema.Table;
import dev.schemadiff.schema.UniqueKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The schema PostgreSQL holds after running Hibernate's create script: the written tables with the names
 * PostgreSQL gives what the script leaves unnamed (primary keys, unique constraints, checks, the sequences
 * of {@code serial} and identity columns), chosen in the order PostgreSQL meets them, so collisions
 * between shortened names come out numbered as on the server.
 */
public final class PgSchemaBuilder {
    private static final Set<String> SERIAL_TYPES =
            Set.of("smallserial", "serial2", "serial", "serial4", "bigserial", "serial8");
    /** {@code NAMEDATALEN}: {@code ChooseIndexNameAddition} stops adding columns past this length. */
    private static final int NAME_DATA_LEN = 64;

    private final String defaultSchema;
    private final Consumer<String> warnings;

    /**
     * @param defaultSchema the schema unqualified names land in (the first of the {@code search_path})
     * @param warnings      receives one line per mapping PostgreSQL would reject or the model approximates
     */
    public PgSchemaBuilder(String defaultSchema, Consumer<String> warnings) {
        this.defaultSchema = defaultSchema;
        this.warnings = warnings;
    }

    /** Runs the namespaces in script order: per schema its sequences, its tables, then its indexes. */
    public SchemaModel build(List<DdlNamespace> namespaces) {
        Map<String, PgNamespaceNames> namesBySchema = new HashMap<>();
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (DdlNamespace namespace : namespaces) {
            PgNamespaceNames names = namesBySchema.computeIfAbsent(namespace.schema(), ignored -> new PgNamespaceNames());
            for (Sequence sequence : namespace.sequences()) {
                names.takeRelation(sequence.name().name());
                sequences.add(sequence);
            }
            List<Table> namespaceTables = new ArrayList<>();
            for (DdlTable table : namespace.tables()) {
                namespaceTables.add(table(table, names, sequences));
            }
            namespaceTables.forEach(table -> table.indexes().forEach(index -> names.takeRelation(index.name())));
            tables.addAll(namespaceTables);
        }
        return new SchemaModel(tables, sequences);
    }

    /**
     * One {@code create table}, naming what it leaves unnamed in the order PostgreSQL does: serial and
     * identity sequences, then checks, then the primary key and unique constraints.
     */
    private Table table(DdlTable table, PgNamespaceNames names, List<Sequence> serialSequences) {
        QualifiedName name = table.name();
        names.takeRelation(name.name());
        Set<String> primaryKeyColumns = table.primaryKey() == null ? Set.of() : Set.copyOf(table.primaryKey().columns());
        List<Column> columns = new ArrayList<>();
        for (DdlColumn column : table.columns()) {
            columns.add(column(column, name, primaryKeyColumns.contains(column.name()), names, serialSequences));
        }
        Set<String> columnNames = columns.stream().map(Column::name).collect(Collectors.toSet());
        List<CheckConstraint> checks = new PgCheckNames(name, columnNames, names).name(writtenChecks(table));
        IndexKeys keys = keys(table, columnNames, names);
        return new Table(name, columns, keys.primaryKey(), keys.uniqueKeys(), indexes(table, columnNames),
                table.foreignKeys(), checks);
    }

    private Column column(DdlColumn column, QualifiedName table, boolean inPrimaryKey, PgNamespaceNames names,
                          List<Sequence> serialSequences) {
        if (column.identity()) {
            names.chooseSequenceName(table.name(), column.name());
            return new Column(column.name(), column.type(), false, null, Column.Identity.BY_DEFAULT);
        }
        String baseType = column.type().strip().toLowerCase(Locale.ROOT);
        if (SERIAL_TYPES.contains(baseType)) {
            String sequence = names.chooseSequenceName(table.name(), column.name());
            serialSequences.add(new Sequence(QualifiedName.of(table.schema(), sequence), 1, 1));
            String qualified = table.schema().equals(defaultSchema)
                    ? PgIdentifiers.quoteIfNeeded(sequence)
                    : PgIdentifiers.quoteIfNeeded(table.schema()) + "." + PgIdentifiers.quoteIfNeeded(sequence);
            return new Column(column.name(), baseType, false,
                    "nextval('" + qualified.replace("'", "''") + "'::regclass)", Column.Identity.NONE);
        }
        if (looksLikeMoreThanAType(baseType)) {
            warnings.accept("column " + table + "." + column.name() + " has columnDefinition \"" + column.type()
                    + "\", which holds more than a type; the expected column type is approximate");
        }
        // PostgreSQL makes primary key columns NOT NULL whatever the DDL says.
        return new Column(column.name(), column.type(), column.nullable() && !inPrimaryKey, column.defaultValue(),
                Column.Identity.NONE);
    }

    private static boolean looksLikeMoreThanAType(String type) {
        return List.of(" not null", " null", " default ", " check", " unique", " primary key", " references ",
                " generated ", " collate ").stream().anyMatch(type::contains);
    }

    /**
     * Mirrors {@code ColumnDefinitions.appendConstraints} and {@code StandardTableExporter.applyTableCheck}:
     * per column, the anonymous checks joined into one inline check, or else the first named one;
     * then every other named column check; then the table's own checks; then the checks on the parts
     * of embeddables mapped as one JSON or XML column.
     */
    private static List<DdlCheck> writtenChecks(DdlTable table) {
        List<DdlCheck> inline = new ArrayList<>();
        List<DdlCheck> hoisted = new ArrayList<>();
        for (DdlColumn column : table.columns()) {
            List<DdlCheck> anonymous = column.checks().stream().filter(check -> check.name() == null).toList();
            boolean firstNamedInline = anonymous.isEmpty();
            if (!anonymous.isEmpty()) {
                inline.add(new DdlCheck(null, anonymous.stream()
                        .map(check -> "(" + check.expression() + ")")
                        .collect(Collectors.joining(" and "))));
            }
            for (DdlCheck check : column.checks()) {
                if (check.name() != null) {
                    (firstNamedInline ? inline : hoisted).add(check);
                    firstNamedInline = false;
                }
            }
        }
        hoisted.addAll(table.checks());
        table.aggregateChecks().forEach(check -> hoisted.add(new DdlCheck(null, check)));
        List<DdlCheck> all = new ArrayList<>(inline);
        all.addAll(hoisted);
        return all;
    }

    /** The primary key and unique constraints, named as PostgreSQL's {@code ChooseIndexName} does. */
    private record IndexKeys(PrimaryKey primaryKey, List<UniqueKey> uniqueKeys) {
    }

    /** One index-backed constraint on its way to a name; {@code name} is {@code null} until chosen. */
    private static final class PendingKey {
        String name;
        final List<String> columns;
        final boolean primary;

        PendingKey(String name, List<String> columns, boolean primary) {
            this.name = name;
            this.columns = columns;
            this.primary = primary;
        }
    }

    private IndexKeys keys(DdlTable table, Set<String> columnNames, PgNamespaceNames names) {
        PrimaryKey primaryKey = null;
        List<UniqueKey> uniqueKeys = new ArrayList<>();
        String tableName = table.name().name();
        for (PendingKey key : mergedAsPostgresDoes(table, columnNames)) {
            String name;
            if (key.name != null) {
                name = key.name;
                names.takeRelation(name);
                names.takeConstraint(name);
            } else if (key.primary) {
                name = names.chooseIndexConstraintName(tableName, null, "pkey");
            } else {
                name = names.chooseIndexConstraintName(tableName, indexNameAddition(key.columns), "key");
            }
            if (key.primary) {
                primaryKey = new PrimaryKey(name, key.columns);
            } else {
                uniqueKeys.add(new UniqueKey(name, key.columns));
            }
        }
        return new IndexKeys(primaryKey, uniqueKeys);
    }

    /**
     * PostgreSQL's {@code transformIndexConstraints}: the primary key first, then the inline unique columns
     * and the table's unique constraints in written order; a key with the same columns as an earlier one
     * folds into it, handing over its name if the earlier had none.
     */
    private List<PendingKey> mergedAsPostgresDoes(DdlTable table, Set<String> columnNames) {
        List<PendingKey> written = new ArrayList<>();
        for (DdlColumn column : table.columns()) {
            if (column.unique()) {
                written.add(new PendingKey(null, List.of(column.name()), false));
            }
        }
        for (DdlKey key : table.uniqueKeys()) {
            String label = key.name() != null ? key.name() : "(" + String.join(", ", key.columns()) + ")";
            key.columns().forEach(column -> warnIfMissing(columnNames, column, table.name(),
                    "unique constraint " + label));
            written.add(new PendingKey(key.name(), key.columns(), false));
        }
        List<PendingKey> merged = new ArrayList<>();
        if (table.primaryKey() != null) {
            merged.add(new PendingKey(table.primaryKey().name(), table.primaryKey().columns(), true));
        }
        for (PendingKey key : written) {
            PendingKey earlier = merged.stream().filter(k -> k.columns.equals(key.columns)).findFirst().orElse(null);
            if (earlier == null) {
                merged.add(key);
            } else if (earlier.name == null) {
                earlier.name = key.name;
            }
        }
        return merged;
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

    private List<Index> indexes(DdlTable table, Set<String> columnNames) {
        List<Index> indexes = new ArrayList<>();
        for (DdlIndex index : table.indexes()) {
            List<String> keyParts = new ArrayList<>();
            for (DdlIndex.Part part : index.parts()) {
                String descending = part.descending() ? " DESC" : "";
                if (part.column() == null) {
                    warnings.accept("index " + index.name() + " on " + table.name() + " has the expression "
                            + part.expression() + "; PostgreSQL prints it in its own form");
                    keyParts.add(part.expression() + descending);
                } else {
                    warnIfMissing(columnNames, part.column(), table.name(), "index " + index.name());
                    keyParts.add(PgIdentifiers.quoteIfNeeded(part.column()) + descending);
                }
            }
            indexes.add(new Index(index.name(), keyParts, index.unique()));
        }
        return indexes;
    }

    /** Warns when a constraint or index names a column the table does not have: PostgreSQL rejects it. */
    private void warnIfMissing(Set<String> columnNames, String column, QualifiedName table, String what) {
        if (!columnNames.contains(column)) {
            warnings.accept(what + " on " + table + " names column " + column
                    + ", which the table does not have; PostgreSQL will reject the create script");
        }
    }
}
