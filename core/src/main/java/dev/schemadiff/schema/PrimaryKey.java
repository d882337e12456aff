package dev.schemadiff.schema;

import java.util.List;
import java.util.Objects;

/** A primary key; {@code name} is the constraint name (PostgreSQL's default is {@code <table>_pkey}). */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
