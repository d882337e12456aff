package dev.schemadiff.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with its columns (in declaration order) and constraints.
 *
 * @param primaryKey the primary key, or {@code null} when the table has none
 */
public record Table(
        QualifiedName name,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<UniqueKey> uniqueKeys,
        List<Index> indexes,
        List<ForeignKey> foreignKeys,
        List<CheckConstraint> checks) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniqueKeys = List.copyOf(uniqueKeys);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    /** A table with columns only. */
    public static Table of(QualifiedName name, List<Column> columns) {
        return new Table(name, columns, null, List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Optional<PrimaryKey> primaryKeyIfAny() {
        return Optional.ofNullable(primaryKey);
    }

    /** The same table with constraint lists sorted by name; column order is kept. */
    public Table normalized() {
        return new Table(name, columns, primaryKey,
                uniqueKeys.stream().sorted(Comparator.comparing(UniqueKey::name)).toList(),
                indexes.stream().sorted(Comparator.comparing(Index::name)).toList(),
                foreignKeys.stream().sorted(Comparator.comparing(ForeignKey::name)).toList(),
                checks.stream().sorted(Comparator.comparing(CheckConstraint::name)).toList());
    }
}
