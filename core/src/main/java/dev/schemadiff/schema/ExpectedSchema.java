package dev.schemadiff.schema;

import java.util.List;
import java.util.Objects;

/**
 * What a model reader produces: the schema the entities need, where each part comes from, and
 * warnings about mappings the reader could only approximate.
 */
public record ExpectedSchema(SchemaModel model, Provenance provenance, List<String> warnings) {
    public ExpectedSchema {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(provenance, "provenance");
        warnings = List.copyOf(warnings);
    }
}
