package dev.schemadiff.history;

import java.util.List;

/**
 * Rows a migration inserted, updated or deleted when it was replayed into the scratch database. When
 * recover stamps that migration instead of running it, these data changes never reach the live
 * database: the report shows them so that someone decides.
 *
 * @param version    the migration
 * @param inserted   rows inserted
 * @param updated    rows updated
 * @param deleted    rows deleted
 * @param statements the statements that changed rows, as the migration has them
 */
public record DataChange(String version, long inserted, long updated, long deleted, List<String> statements) {
    public DataChange {
        statements = List.copyOf(statements);
    }
}
