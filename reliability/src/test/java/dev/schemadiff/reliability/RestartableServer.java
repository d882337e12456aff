package dev.schemadiff.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An embedded PostgreSQL that can be stopped and started again on the same data directory and port, so
 * a URL (and a plan made through it) outlives the restart.
 */
final class RestartableServer implements AutoCloseable {
    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres postgres;

    RestartableServer(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        this.port = freePort();
        start();
    }

    /** Stops the server (a fast shutdown: sessions are terminated) and starts it again. */
    void restart() {
        stop();
        start();
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=postgres";
    }

    void execute(String database, String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(database));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void start() {
        try {
            postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setPort(port).setServerConfig("timezone", "UTC").start();
        } catch (IOException e) {
            throw new UncheckedIOException("starting PostgreSQL on " + dataDirectory, e);
        }
    }

    private void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("stopping PostgreSQL on " + dataDirectory, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
