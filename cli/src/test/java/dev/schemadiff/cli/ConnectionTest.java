package dev.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real connections through each URL form, and the embedded target with --init. */
@ExtendWith(PostgresExtension.class)
class ConnectionTest {
    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgres", "postgresql+asyncpg", "jdbc"})
    void connectsThroughEveryUrlForm(String form, TestDatabase database) throws SQLException {
        DatabaseUrl parts = Fixtures.parts(database);
        String url = form.equals("jdbc")
                ? "jdbc:postgresql://" + parts.host() + ":" + parts.port() + "/" + database.name() + "?user="
                        + Fixtures.encode(parts.user())
                        + (parts.password() == null ? "" : "&password=" + Fixtures.encode(parts.password()))
                        + "&ApplicationName=via-jdbc"
                : Fixtures.url(form, database, database.name());
        DatabaseTarget target = new TargetResolver(Map.of("HOME", home.toString()), warning -> { }).resolve(url);
        try (DatabaseSession session = DatabaseSession.open(target, null, console());
             Statement statement = session.connection().createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT current_database(), current_user, current_setting('application_name')")) {
            row.next();
            assertEquals(database.name(), row.getString(1));
            assertEquals(parts.user(), row.getString(2));
            assertEquals(form.equals("jdbc") ? "via-jdbc" : "schemadiff", row.getString(3));
        }
    }

    @Test
    void embeddedTargetLoadsInitAndGoesAway() throws Exception {
        Path init = Files.writeString(home.resolve("init.sql"),
                "CREATE TABLE candidate (id bigint PRIMARY KEY);\nINSERT INTO candidate VALUES (1), (2);\n");
        StringWriter err = new StringWriter();
        Connection connection;
        try (DatabaseSession session = DatabaseSession.open(new DatabaseTarget.Embedded(), init,
                new Console(new PrintWriter(new StringWriter()), new PrintWriter(err), new Secrets()))) {
            connection = session.connection();
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT count(*) FROM candidate")) {
                row.next();
                assertEquals(2, row.getInt(1));
            }
        }
        assertEquals(true, connection.isClosed());
        assertEquals(2, err.toString().lines().count(), err::toString);
    }

    private static Console console() {
        return new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), new Secrets());
    }
}
