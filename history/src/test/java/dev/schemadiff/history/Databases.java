package dev.schemadiff.history;

import dev.schemadiff.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.postgresql.ds.PGSimpleDataSource;

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
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        return dataSource;
    }
}
