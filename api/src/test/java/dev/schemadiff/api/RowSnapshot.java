package dev.schemadiff.api;

import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Table;
import dev.schemadiff.testkit.TestDatabase;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Row count and a content hash of every table, over the columns the table has at snapshot time: taken
 * before an apply and again after it (over the same columns), it proves no pre-existing row or value
 * was lost or changed.
 */
record RowSnapshot(Map<String, String> perTable) {

    static RowSnapshot take(TestDatabase db, SchemaModel columnsToHash) {
        Map<String, String> perTable = new TreeMap<>();
        for (Table table : columnsToHash.tables()) {
            String columns = table.columns().stream().map(Column::name).map(RowSeeder::quote)
                    .collect(Collectors.joining(", "));
            String target = RowSeeder.quote(table.name().schema()) + "." + RowSeeder.quote(table.name().name());
            perTable.put(table.name().toString(), db.queryValue(
                    "SELECT count(*) || ':' || coalesce(md5(string_agg(r::text, '|' ORDER BY r::text)), '-') FROM (SELECT "
                            + columns + " FROM " + target + ") AS r"));
        }
        return new RowSnapshot(perTable);
    }

    long totalRows() {
        return perTable.values().stream().mapToLong(v -> Long.parseLong(v.substring(0, v.indexOf(':')))).sum();
    }
}
