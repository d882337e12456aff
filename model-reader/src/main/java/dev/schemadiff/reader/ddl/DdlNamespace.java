package dev.schemadiff.reader.ddl;

import dev.schemadiff.schema.Sequence;
import java.util.List;
import java.util.Objects;

/**
 * The objects of one schema in the order Hibernate's create script makes them: its sequences, then its
 * tables, then the indexes of those tables.
 *
 * @param schema the schema as PostgreSQL stores its name
 */
public record DdlNamespace(String schema, List<Sequence> sequences, List<DdlTable> tables) {
    public DdlNamespace {
        Objects.requireNonNull(schema, "schema");
        sequences = List.copyOf(sequences);
        tables = List.copyOf(tables);
    }
}
