package dev.schemadiff.reliability;

import dev.schemadiff.catalog.PgCatalogReader;
import dev.schemadiff.emit.Identifiers;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Table;
import dev.schemadiff.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a trial compares before and after: the catalog (its fingerprint, so "exactly as before" and
 * "exactly reconciled" are each one value) and every row that existed before (count and content hash per
 * table, over the columns the table had then, so added columns do not count as changed rows).
 *
 * @param catalog the catalog model of the compared schemas
 * @param rows    per table {@code count:sum of row hashes}, over {@link #catalog}'s columns when taken first
 */
record DatabaseState(SchemaModel catalog, Map<String, String> rows) {

    static DatabaseState take(TestDatabase db, List<String> schemas) {
        SchemaModel catalog = catalog(db, schemas);
        return new DatabaseState(catalog, rows(db, catalog));
    }

    /** The catalog now, and the rows now over the columns {@code earlier} had. */
    static DatabaseState takeComparedTo(TestDatabase db, DatabaseState earlier, List<String> schemas) {
        return new DatabaseState(catalog(db, schemas), rows(db, earlier.catalog()));
    }

    String fingerprint() {
        return catalog.fingerprint();
    }

    private static SchemaModel catalog(TestDatabase db, List<String> schemas) {
        try (Connection connection = db.connect()) {
            return new PgCatalogReader().read(connection, schemas);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the catalog of " + db.name() + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> rows(TestDatabase db, SchemaModel tables) {
        Map<String, String> rows = new TreeMap<>();
        for (Table table : tables.tables()) {
            String columns = table.columns().stream().map(Column::name).map(Identifiers::quote)
                    .collect(Collectors.joining(", "));
            String digest;
            try {
                // a sum of per-row hashes: independent of row order, so no sort of the whole table
                digest = db.queryValue("SELECT count(*) || ':' || coalesce(sum(('x' || left(md5(r::text), 16))::bit(64)"
                        + "::bigint::numeric)::text, '-') FROM (SELECT " + columns + " FROM "
                        + Identifiers.qualified(table.name()) + ") AS r");
            } catch (IllegalStateException unreadable) {
                // a dropped table or column: recorded as such, so the comparison fails as data loss
                digest = "unreadable: " + unreadable.getMessage();
            }
            rows.put(table.name().toString(), digest);
        }
        return rows;
    }
}
