package dev.schemadiff.history;

import dev.schemadiff.testkit.TestDatabase;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Test plumbing around a {@link TestDatabase}: scratch databases beside it, real Flyway on it. */
final class Databases {
    private Databases() {
    }

    /** Scratch databases created on the test server, next to {@code database}: no second server to start. */
    static ScratchServer scratchBeside(TestDatabase database) {
        return new ScratchServer() {
            @Override
            public Connection connect(String name) throws SQLException {
                return DriverManager.getConnection(urlOf(database, name == null ? database.name() : name));
            }

            @Override
            public void close() {
                // the test server outlives the test
            }
        };
    }

    /** The URL of another database on the same server, with the same credentials. */
    static String urlOf(TestDatabase database, String name) {
        return database.jdbcUrl().replace("/" + database.name(), "/" + name);
    }

    /** Flyway as an application would run it: its own connections, its own defaults. */
    static FluentConfiguration flyway(TestDatabase database, java.nio.file.Path migrations) {
        return Flyway.configure().dataSource(dataSource(database.jdbcUrl()))
                .locations("filesystem:" + migrations.toAbsolutePath());
    }

    /** A DataSource that opens a new connection to {@code url} each time, like a pool would. */
    static DataSource dataSource(String url) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return DriverManager.getConnection(url);
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return getConnection();
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                throw new SQLFeatureNotSupportedException();
            }

            @Override
            public <T> T unwrap(Class<T> type) throws SQLException {
                throw new SQLFeatureNotSupportedException();
            }

            @Override
            public boolean isWrapperFor(Class<?> type) {
                return false;
            }
        };
    }
}
