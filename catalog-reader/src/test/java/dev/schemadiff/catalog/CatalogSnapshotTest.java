package dev.schemadiff.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** All queries of one read see one catalog state, and the connection is left as it was found. */
@ExtendWith(PostgresExtension.class)
class CatalogSnapshotTest {

    @Test
    void autoCommitReadIgnoresDdlThatCommitsBetweenItsQueries(TestDatabase database) throws SQLException {
        database.execute("create table early (id int)");
        try (Connection connection = database.connect()) {
            ObservedConnection observed = ObservedConnection.of(connection,
                    () -> database.execute("create table late (id int)"));

            SchemaModel model = new PgCatalogReader().read(observed.connection(), List.of("public"));

            assertEquals(List.of(QualifiedName.of("public", "early")), model.tables().stream().map(t -> t.name()).toList());
            assertTrue(connection.getAutoCommit(), "auto-commit is restored");
            assertEquals(Connection.TRANSACTION_READ_COMMITTED, connection.getTransactionIsolation());
            assertEquals(2, new PgCatalogReader().read(connection, List.of("public")).tables().size(),
                    "the next read sees the table created meanwhile");
        }
    }

    @Test
    void readInsideTheCallersTransactionSeesItsWorkAndLeavesItOpen(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("create table uncommitted (id int)");

            SchemaModel model = new PgCatalogReader().read(connection, List.of("public"));

            assertEquals(1, model.tables().size(), "the reader joined the transaction that created the table");
            assertFalse(connection.getAutoCommit());
            connection.commit();
        }
        assertEquals("1", database.queryValue("select count(*) from pg_tables where tablename = 'uncommitted'"),
                "the caller's transaction was neither rolled back nor committed by the reader");
    }
}
