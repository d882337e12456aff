package dev.schemadiff.reader.ddl;

import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.QualifiedName;
import java.util.List;
import java.util.Objects;

/**
 * One {@code create table} of Hibernate's script with the indexes and foreign keys that follow it, names
 * as PostgreSQL stores them.
 *
 * @param primaryKey      the primary key, or {@code null}; its name is the explicit name of the unique key
 *                        that orders it, else {@code null}
 * @param uniqueKeys      the table's unique constraints in written order; a single-column one whose column
 *                        is {@link DdlColumn#unique()} is that column's inline {@code unique} and left out
 * @param checks          the table's own checks ({@code @Table(check)}, discriminator and subclass checks)
 * @param aggregateChecks the unnamed checks on the parts of embeddables stored as one JSON or XML column,
 *                        written after every other check
 */
public record DdlTable(
        QualifiedName name,
        List<DdlColumn> columns,
        DdlKey primaryKey,
        List<DdlKey> uniqueKeys,
        List<DdlIndex> indexes,
        List<ForeignKey> foreignKeys,
        List<DdlCheck> checks,
        List<String> aggregateChecks) {

    public DdlTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniqueKeys = List.copyOf(uniqueKeys);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        aggregateChecks = List.copyOf(aggregateChecks);
    }
}
