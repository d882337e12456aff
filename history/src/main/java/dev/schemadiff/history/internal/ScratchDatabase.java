package dev.schemadiff.history.internal;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.emit.Identifiers;
import dev.schemadiff.history.ScratchServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A database created for one replay on a {@link ScratchServer} and dropped afterwards. Every replay gets
 * its own, so two recovers running at once never share one.
 */
public final class ScratchDatabase implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final ScratchServer server;
    private final String name;
    private final Connection connection;

    private ScratchDatabase(ScratchServer server, String name, Connection connection) {
        this.server = server;
        this.name = name;
        this.connection = connection;
    }

    /** @throws SchemaDiffException when the database cannot be created or reached */
    public static ScratchDatabase create(ScratchServer server) {
        String name = "schemadiff_scratch_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet()
                + "_" + Long.toHexString(System.nanoTime() & 0xffffff);
        try (Connection maintenance = server.connect(null); Statement statement = maintenance.createStatement()) {
            statement.execute("CREATE DATABASE " + Identifiers.quote(name));
        } catch (SQLException e) {
            throw new SchemaDiffException(ErrorCode.CONNECTION, "cannot create the scratch database " + name
                    + " for the replay: " + firstLine(e) + "; the scratch server's role needs CREATEDB", e);
        }
        try {
            return new ScratchDatabase(server, name, server.connect(name));
        } catch (SQLException e) {
            ScratchDatabase unusable = new ScratchDatabase(server, name, null);
            unusable.close();
            throw new SchemaDiffException(ErrorCode.CONNECTION, "cannot connect to the scratch database " + name
                    + ": " + firstLine(e), e);
        }
    }

    public Connection connection() {
        return connection;
    }

    /** Closes the connection and drops the database, whatever the replay left in it. */
    @Override
    public void close() {
        try {
            if (connection != null) {
                connection.close();
            }
            try (Connection maintenance = server.connect(null); Statement statement = maintenance.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + Identifiers.quote(name) + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            throw new SchemaDiffException(ErrorCode.CONNECTION, "dropping the scratch database " + name
                    + " failed: " + firstLine(e) + "; drop it by hand", e);
        }
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.lines().findFirst().orElse(message);
    }
}
