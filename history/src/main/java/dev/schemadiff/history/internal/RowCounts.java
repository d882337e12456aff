package dev.schemadiff.history.internal;

import dev.schemadiff.history.DataChange;
import java.sql.Connection;
import java.util.List;

/** Rows inserted, updated and deleted, as PostgreSQL counts them for the current transaction. */
public record RowCounts(long inserted, long updated, long deleted) {
    public static final RowCounts NONE = new RowCounts(0, 0, 0);

    private static final String XACT_ROW_COUNTS = SqlResource.load("xact-row-counts.sql");

    /** The counts of the transaction open on {@code connection} (zero in autocommit mode). */
    public static RowCounts inTransaction(Connection connection) {
        List<String> row = Sql.rows(connection, XACT_ROW_COUNTS, "counting the rows a migration changed").get(0);
        return new RowCounts(Long.parseLong(row.get(0)), Long.parseLong(row.get(1)), Long.parseLong(row.get(2)));
    }

    public RowCounts minus(RowCounts other) {
        return new RowCounts(inserted - other.inserted, updated - other.updated, deleted - other.deleted);
    }

    public RowCounts plus(RowCounts other) {
        return new RowCounts(inserted + other.inserted, updated + other.updated, deleted + other.deleted);
    }

    public boolean any() {
        return inserted > 0 || updated > 0 || deleted > 0;
    }

    public DataChange toDataChange(String version, List<String> statements) {
        return new DataChange(version, inserted, updated, deleted, statements);
    }
}
