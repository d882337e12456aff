package dev.schemadiff.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Failed reads surface as one-line {@link SchemaDiffException}s that say what was being read. */
@ExtendWith(PostgresExtension.class)
class CatalogReadErrorTest {

    @Test
    void closedConnectionNamesTheCatalogAndSchemas(TestDatabase database) throws SQLException {
        Connection connection = database.connect();
        connection.close();

        SchemaDiffException error = assertThrows(SchemaDiffException.class,
                () -> new PgCatalogReader().read(connection, List.of("public", "billing")));

        assertEquals(ErrorCode.CATALOG, error.code());
        assertEquals("reading the catalog of schemas [public, billing]: This connection has been closed."
                + " (check the connection and that the role may read pg_catalog, then run again)", error.getMessage());
        assertInstanceOf(SQLException.class, error.getCause());
    }

    @Test
    void serverErrorNamesTheQueryThatFailed(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            assertThrows(SQLException.class, () -> statement.execute("select 1 / 0"));

            SchemaDiffException error = assertThrows(SchemaDiffException.class,
                    () -> new PgCatalogReader().read(connection, List.of("public")));

            assertEquals(ErrorCode.CATALOG, error.code());
            assertTrue(error.getMessage().startsWith("reading tables of schemas [public]: ERROR: current transaction"
                    + " is aborted"), error.getMessage());
            assertFalse(error.getMessage().contains("\n"), "one line");
            connection.rollback();
        }
    }

    @Test
    void tableCreatedBetweenQueriesOfACallersTransactionIsReported(TestDatabase database) throws SQLException {
        database.execute("create table early (id int)");
        try (Connection connection = database.connect()) {
            // READ COMMITTED: each query of the caller's transaction sees what committed before it.
            connection.setAutoCommit(false);
            ObservedConnection observed = ObservedConnection.of(connection,
                    () -> database.execute("create table late (id int)"));

            SchemaDiffException error = assertThrows(SchemaDiffException.class,
                    () -> new PgCatalogReader().read(observed.connection(), List.of("public")));

            assertEquals(ErrorCode.CATALOG, error.code());
            assertEquals("reading schemas [public]: a table appeared while the catalog was being read;"
                    + " run again once concurrent DDL has finished", error.getMessage());
            connection.rollback();
        }
    }
}
