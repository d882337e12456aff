package dev.schemadiff.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServerTest {

    @Test
    void startsAServerAndCreatesSeparateDatabases() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
            String first = server.createDatabase("t");
            String second = server.createDatabase("t");
            assertTrue(!first.equals(second));
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(first));
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select current_database(), current_setting('server_version_num')::int")) {
                rows.next();
                assertEquals(first, rows.getString(1));
                assertTrue(rows.getInt(2) >= 130000, "server version " + rows.getInt(2));
            }
        }
    }
}
