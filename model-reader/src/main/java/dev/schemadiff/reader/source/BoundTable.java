package dev.schemadiff.reader.source;

import dev.schemadiff.reader.ddl.DdlCheck;
import dev.schemadiff.reader.ddl.DdlIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.boot.model.naming.Identifier;

/**
 * A table as the binder builds it, mutable as Hibernate's {@code org.hibernate.mapping.Table} is.
 * Columns keep the order they are added in, which is the order of Hibernate's {@code create table}.
 */
final class BoundTable {
    /** The logical name and schema: Hibernate orders namespaces and tables by them. */
    final Identifier logicalName;
    final Identifier logicalSchema;
    final Identifier name;
    final Identifier schema;
    /** For a TABLE_PER_CLASS subclass: the parent's table, whose columns come first. */
    final BoundTable included;
    /** The table of an abstract TABLE_PER_CLASS class: not created when other tables include it. */
    boolean isAbstract;
    private final Map<String, BoundColumn> columns = new LinkedHashMap<>();
    private List<BoundColumn> primaryKey;
    /** The explicit name of the unique key that orders the primary key, or {@code null}. */
    String primaryKeyName;
    final Map<String, UniqueKey> uniqueKeys = new LinkedHashMap<>();
    final Map<String, IndexKey> indexes = new LinkedHashMap<>();
    final List<BoundForeignKey> foreignKeys = new ArrayList<>();
    final List<DdlCheck> checks = new ArrayList<>();
    final List<String> aggregateChecks = new ArrayList<>();
    /** The entity it is the table of, for provenance; {@code null} for a collection table. */
    String entity;

    /**
     * A unique constraint over columns named as written (a unique constraint may name a column the table
     * lacks, which PostgreSQL then rejects).
     *
     * @param name the name written into the DDL, or {@code null} when PostgreSQL names it
     */
    record UniqueKey(String name, List<Identifier> columns) {
        UniqueKey {
            columns = List.copyOf(columns);
        }

        /** An unnamed key over bound columns. */
        static UniqueKey of(List<BoundColumn> columns) {
            return new UniqueKey(null, columns.stream().map(column -> column.name).toList());
        }
    }

    /** An index; its parts name columns by their name as written in the mapping. */
    record IndexKey(String name, boolean unique, List<DdlIndex.Part> parts) {
    }

    BoundTable(Identifier logicalName, Identifier logicalSchema, Identifier name, Identifier schema, BoundTable included) {
        this.logicalName = logicalName;
        this.logicalSchema = logicalSchema;
        this.name = name;
        this.schema = schema;
        this.included = included;
    }

    /**
     * {@code Table.addColumn}: adds {@code column} unless the table has one of that name, which is
     * returned instead; a new column that is part of the primary key is NOT NULL.
     */
    BoundColumn add(BoundColumn column) {
        Optional<BoundColumn> existing = column(column.canonicalName());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (primaryKey().stream().anyMatch(key -> key.canonicalName().equals(column.canonicalName()))) {
            column.nullable = false;
        }
        columns.put(column.canonicalName(), column);
        if (column.table == null) {
            column.table = this;
        }
        return column;
    }

    Optional<BoundColumn> column(String canonicalName) {
        BoundColumn own = columns.get(canonicalName);
        if (own == null && included != null) {
            return included.column(canonicalName);
        }
        return Optional.ofNullable(own);
    }

    /** Every column in {@code create table} order: an included table's columns first. */
    List<BoundColumn> columns() {
        List<BoundColumn> all = new ArrayList<>();
        if (included != null) {
            all.addAll(included.columns());
        }
        all.addAll(columns.values());
        return all;
    }

    /** The primary key columns; a TABLE_PER_CLASS subclass has its parent's. */
    List<BoundColumn> primaryKey() {
        if (included != null) {
            return included.primaryKey();
        }
        return primaryKey == null ? List.of() : primaryKey;
    }

    void primaryKey(List<BoundColumn> keyColumns) {
        primaryKey = List.copyOf(keyColumns);
        keyColumns.forEach(column -> column.nullable = false);
    }

    boolean hasPrimaryKey() {
        return !primaryKey().isEmpty();
    }

    @Override
    public String toString() {
        return (schema == null ? "" : schema + ".") + name;
    }
}
