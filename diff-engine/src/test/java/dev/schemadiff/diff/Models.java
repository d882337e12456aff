package dev.schemadiff.diff;

import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.ForeignKey.ReferentialAction;
import dev.schemadiff.schema.Index;
import dev.schemadiff.schema.Origin;
import dev.schemadiff.schema.PrimaryKey;
import dev.schemadiff.schema.Provenance;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Sequence;
import dev.schemadiff.schema.Table;
import dev.schemadiff.schema.UniqueKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small builder for schema models in tests: {@code table("orders").column("id", "bigint").pk("id").build()}.
 * Also used by the SQL emitter's golden tests (through this module's test jar).
 */
public final class Models {
    private Models() {
    }

    /** A table in {@code public}. */
    public static TableBuilder table(String name) {
        return table("public", name);
    }

    public static TableBuilder table(String schema, String name) {
        return new TableBuilder(QualifiedName.of(schema, name));
    }

    public static QualifiedName name(String table) {
        return QualifiedName.of("public", table);
    }

    public static Sequence sequence(String schema, String name, long start, long increment) {
        return new Sequence(QualifiedName.of(schema, name), start, increment);
    }

    /** An expected schema of these tables, with the origins recorded through {@link TableBuilder#from}. */
    public static ExpectedSchema expected(TableBuilder... tables) {
        return expected(List.of(tables), List.of());
    }

    public static ExpectedSchema expected(List<TableBuilder> tables, List<Sequence> sequences) {
        Map<ColumnRef, Origin> origins = new HashMap<>();
        tables.forEach(table -> origins.putAll(table.origins()));
        SchemaModel model = new SchemaModel(tables.stream().map(TableBuilder::build).toList(), sequences);
        return new ExpectedSchema(model, new Provenance(Map.of(), origins), List.of());
    }

    /** An actual model of these tables. */
    public static SchemaModel actual(TableBuilder... tables) {
        return actual(List.of(tables), List.of());
    }

    public static SchemaModel actual(List<TableBuilder> tables, List<Sequence> sequences) {
        return new SchemaModel(tables.stream().map(TableBuilder::build).toList(), sequences);
    }

    /** A column origin of a Java primitive field ({@code int}, {@code boolean}, ...). */
    public static Origin primitive(String entity, String attribute) {
        return new Origin(entity, attribute, true);
    }

    public static Origin object(String entity, String attribute) {
        return new Origin(entity, attribute, false);
    }

    /** Builds one table; columns are nullable unless added with {@link #notNull}. */
    public static final class TableBuilder {
        private final QualifiedName name;
        private final List<Column> columns = new ArrayList<>();
        private PrimaryKey primaryKey;
        private final List<UniqueKey> uniqueKeys = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private final Map<String, Origin> origins = new HashMap<>();

        private TableBuilder(QualifiedName name) {
            this.name = name;
        }

        public TableBuilder column(String column, String type) {
            return column(Column.of(column, type, true));
        }

        public TableBuilder notNull(String column, String type) {
            return column(Column.of(column, type, false));
        }

        public TableBuilder column(Column column) {
            columns.add(column);
            return this;
        }

        /** A primary key named {@code <table>_pkey}, PostgreSQL's default. */
        public TableBuilder pk(String... columnNames) {
            return namedPk(name.name() + "_pkey", columnNames);
        }

        public TableBuilder namedPk(String constraint, String... columnNames) {
            primaryKey = new PrimaryKey(constraint, List.of(columnNames));
            return this;
        }

        public TableBuilder unique(String constraint, String... columnNames) {
            uniqueKeys.add(new UniqueKey(constraint, List.of(columnNames)));
            return this;
        }

        public TableBuilder index(String index, String... parts) {
            indexes.add(new Index(index, List.of(parts), false));
            return this;
        }

        public TableBuilder uniqueIndex(String index, String... parts) {
            indexes.add(new Index(index, List.of(parts), true));
            return this;
        }

        /** A foreign key from one column to {@code public.<referenced>(id)}. */
        public TableBuilder fk(String constraint, String column, String referenced) {
            return fk(new ForeignKey(constraint, List.of(column), name(referenced), List.of("id"),
                    ReferentialAction.NO_ACTION, true));
        }

        public TableBuilder fk(ForeignKey key) {
            foreignKeys.add(key);
            return this;
        }

        public TableBuilder check(String constraint, String expression) {
            checks.add(new CheckConstraint(constraint, expression));
            return this;
        }

        /** Records the entity attribute of the last column added, for the expected schema's provenance. */
        public TableBuilder from(Origin origin) {
            origins.put(columns.get(columns.size() - 1).name(), origin);
            return this;
        }

        Map<ColumnRef, Origin> origins() {
            Map<ColumnRef, Origin> byColumn = new HashMap<>();
            origins.forEach((column, origin) -> byColumn.put(new ColumnRef(name, column), origin));
            return byColumn;
        }

        public Table build() {
            return new Table(name, columns, primaryKey, uniqueKeys, indexes, foreignKeys, checks);
        }
    }
}
