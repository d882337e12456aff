package dev.schemadiff.schema;

import java.util.Map;
import java.util.Optional;

/**
 * Entity-side facts about an expected schema that the catalog cannot know: which entity each table
 * and column comes from. Kept apart from {@link SchemaModel} so models from both sides stay comparable.
 *
 * @param tables  entity class simple name per table
 * @param columns origin per column
 */
public record Provenance(Map<QualifiedName, String> tables, Map<ColumnRef, Origin> columns) {
    public static final Provenance EMPTY = new Provenance(Map.of(), Map.of());

    public Provenance {
        tables = Map.copyOf(tables);
        columns = Map.copyOf(columns);
    }

    public Optional<String> entityOf(QualifiedName table) {
        return Optional.ofNullable(tables.get(table));
    }

    public Optional<Origin> originOf(ColumnRef column) {
        return Optional.ofNullable(columns.get(column));
    }
}
