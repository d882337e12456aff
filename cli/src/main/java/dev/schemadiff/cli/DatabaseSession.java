package dev.schemadiff.cli;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** An open connection to the target; for {@code --db embedded} also the server, which close() stops. */
final class DatabaseSession implements AutoCloseable {
    private final Connection connection;
    private final EmbeddedPostgresServer server;

    private DatabaseSession(Connection connection, EmbeddedPostgresServer server) {
        this.connection = connection;
        this.server = server;
    }

    /**
     * Connects, or starts an embedded server with a fresh database and loads {@code init} into it.
     *
     * @param init SQL to load first, or {@code null}; only for an embedded target
     */
    static DatabaseSession open(DatabaseTarget target, Path init, Console console) {
        if (target instanceof DatabaseTarget.Server server) {
            // Reported once done, so a failure is the only line about it.
            DatabaseSession session = new DatabaseSession(ServerConnection.open(server), null);
            console.progress("connected to " + server.display());
            return session;
        } else if (target instanceof DatabaseTarget.Embedded) {
            return openEmbedded(init, console);
        }
        throw new IllegalArgumentException("unknown target " + target);
    }

    Connection connection() {
        return connection;
    }

    private static DatabaseSession openEmbedded(Path init, Console console) {
        EmbeddedPostgresServer server;
        try {
            server = console.working("starting embedded PostgreSQL", EmbeddedPostgresServer::start);
        } catch (IllegalStateException e) {
            throw new SchemaDiffException(ErrorCode.EMBEDDED, e.getMessage() + "; or use --db with a running server", e);
        }
        DatabaseSession session;
        try {
            String database = server.createDatabase("schemadiff");
            session = new DatabaseSession(DriverManager.getConnection(server.jdbcUrl(database)), server);
            console.progress("started embedded PostgreSQL on port " + server.port() + ", database " + database);
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw new SchemaDiffException(ErrorCode.EMBEDDED, "preparing the embedded database failed: "
                    + e.getMessage() + "; rerun with --verbose for details", e);
        }
        if (init != null) {
            try {
                session.load(init, console);
            } catch (RuntimeException e) {
                try {
                    session.close();
                } catch (RuntimeException closeFailure) {
                    e.addSuppressed(closeFailure);
                }
                throw e;
            }
        }
        return session;
    }

    private void load(Path init, Console console) {
        String sql;
        try {
            sql = Files.readString(init, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SchemaDiffException(ErrorCode.USAGE, "cannot read --init file " + init + " (" + e + ")"
                    + "; check the path", e);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new SchemaDiffException(ErrorCode.USAGE, "loading --init file " + init + " failed: "
                    + e.getMessage().lines().findFirst().orElse("") + "; fix the SQL (psql meta-commands such as"
                    + " \\connect are not supported)", e);
        }
        console.progress("loaded " + init);
    }

    /** Closes the connection, then stops an embedded server (which also deletes its data). */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new SchemaDiffException(ErrorCode.CONNECTION, "closing the database connection failed: "
                    + e.getMessage() + "; the command's work was already done", e);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
