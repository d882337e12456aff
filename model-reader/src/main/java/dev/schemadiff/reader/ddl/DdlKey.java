package dev.schemadiff.reader.ddl;

import java.util.List;

/**
 * A primary key or unique constraint as written.
 *
 * @param name    the explicit name as PostgreSQL stores it, or {@code null} when PostgreSQL chooses one
 * @param columns the columns as PostgreSQL stores their names
 */
public record DdlKey(String name, List<String> columns) {
    public DdlKey {
        columns = List.copyOf(columns);
    }
}
