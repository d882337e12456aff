package dev.schemadiff.history;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.embedded.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A PostgreSQL server on which migrations are replayed: recover creates a throwaway database on it,
 * replays the migration files into that database, and drops it again. The role must be allowed to
 * {@code CREATE DATABASE}.
 */
public interface ScratchServer extends AutoCloseable {

    /**
     * Connects to {@code database} on this server.
     *
     * @param database a database name, or {@code null} for the database the server was given with
     */
    Connection connect(String database) throws SQLException;

    /** Releases what the server holds; for {@link #embedded()} it stops the server. */
    @Override
    void close();

    /**
     * A throwaway embedded PostgreSQL, started on first use and stopped by {@link #close()}.
     *
     * @throws SchemaDiffException ({@code EMBEDDED}) on first use when the server cannot start
     */
    static ScratchServer embedded() {
        return new ScratchServer() {
            private EmbeddedPostgresServer server;

            @Override
            public Connection connect(String database) throws SQLException {
                if (server == null) {
                    try {
                        server = EmbeddedPostgresServer.start();
                    } catch (IllegalStateException e) {
                        throw new SchemaDiffException(ErrorCode.EMBEDDED, e.getMessage()
                                + "; or give a server for the replay with --scratch-db", e);
                    }
                }
                return DriverManager.getConnection(server.jdbcUrl(database == null ? "postgres" : database));
            }

            @Override
            public void close() {
                if (server != null) {
                    server.close();
                }
            }
        };
    }
}
