package dev.schemadiff.schema;

import java.util.List;
import java.util.Objects;

/** A unique constraint. Matched against the database by its column list, not its name. */
public record UniqueKey(String name, List<String> columns) {
    public UniqueKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
