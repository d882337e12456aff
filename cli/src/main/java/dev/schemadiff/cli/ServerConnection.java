package dev.schemadiff.cli;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.net.ssl.SSLException;

/** Opens a JDBC connection to a server target and turns connection failures into actionable errors. */
final class ServerConnection {
    private static final String INVALID_PASSWORD = "28P01";
    private static final String INVALID_AUTHORIZATION = "28000";
    private static final String INVALID_CATALOG_NAME = "3D000";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String CONNECTION_REJECTED = "08004";

    private ServerConnection() {
    }

    /** @throws SchemaDiffException with a hint that fits the failure */
    static Connection open(DatabaseTarget.Server server) {
        Properties properties = new Properties();
        properties.setProperty("user", server.user());
        if (server.password() != null) {
            properties.setProperty("password", server.password());
        }
        // A default only: an ApplicationName in the URL parameters wins.
        properties.setProperty("ApplicationName", "schemadiff");
        try {
            return DriverManager.getConnection(server.jdbcUrl(), properties);
        } catch (SQLException e) {
            throw explain(e, server);
        }
    }

    static SchemaDiffException explain(SQLException e, DatabaseTarget.Server server) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String user = "\"" + server.user() + "\"";
        String database = "\"" + server.database() + "\"";
        String where = server.address();
        String passwordSources = server.source() + ", PGPASSWORD or ~/.pgpass";
        if (INVALID_PASSWORD.equals(state)) {
            return new SchemaDiffException(ErrorCode.AUTHENTICATION, "password authentication failed for user " + user
                    + " at " + where + "; check the password in " + passwordSources, e);
        }
        if (CONNECTION_REJECTED.equals(state) && String.valueOf(e.getMessage()).contains("no password was provided")) {
            return new SchemaDiffException(ErrorCode.AUTHENTICATION, "the server at " + where
                    + " wants a password for user " + user + " and none was given; put it in " + passwordSources, e);
        }
        if (INVALID_AUTHORIZATION.equals(state) && String.valueOf(e.getMessage()).contains(", no encryption")) {
            return new SchemaDiffException(ErrorCode.CONNECTION, "the server at " + where + " accepts only TLS (SSL)"
                    + " connections from here: " + firstLine(e) + "; remove sslmode=disable from " + server.source()
                    + ", or set sslmode=require", e);
        }
        if (INVALID_AUTHORIZATION.equals(state)) {
            return new SchemaDiffException(ErrorCode.AUTHENTICATION, "the server at " + where + " refused user " + user
                    + ": " + firstLine(e) + "; check the user name and the server's pg_hba.conf", e);
        }
        if (INVALID_CATALOG_NAME.equals(state)) {
            return new SchemaDiffException(ErrorCode.DATABASE_MISSING, "database " + database + " does not exist at "
                    + where + "; create it or name an existing database in " + server.source(), e);
        }
        if (INSUFFICIENT_PRIVILEGE.equals(state)) {
            return new SchemaDiffException(ErrorCode.PERMISSION, "user " + user + " may not connect to database "
                    + database + " at " + where + ": " + firstLine(e) + "; GRANT CONNECT ON DATABASE "
                    + server.database() + " TO " + server.user() + ", or use another user", e);
        }
        if (isTlsFailure(e)) {
            return new SchemaDiffException(ErrorCode.CONNECTION, "TLS (SSL) with the server at " + where + " failed: "
                    + firstLine(e) + "; check sslmode (and sslrootcert for verify-ca or verify-full) in "
                    + server.source(), e);
        }
        String unreachable = unreachableReason(e);
        if (unreachable != null || state.startsWith("08")) {
            return new SchemaDiffException(ErrorCode.CONNECTION, "cannot reach PostgreSQL at " + where + " ("
                    + (unreachable != null ? unreachable : firstLine(e)) + "); check the host and port in "
                    + server.source() + " and that the server is running and accepts TCP connections", e);
        }
        return new SchemaDiffException(ErrorCode.CONNECTION, "connecting to database " + database + " at " + where
                + " as " + user + " failed: " + firstLine(e) + "; check " + server.source(), e);
    }

    /** pgjdbc reports TLS setup failures (no server support, an unreadable or untrusted certificate) as 08xxx. */
    private static boolean isTlsFailure(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException || String.valueOf(cause.getMessage()).contains("SSL")) {
                return true;
            }
        }
        return false;
    }

    private static String unreachableReason(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return "unknown host";
            } else if (cause instanceof NoRouteToHostException) {
                return "no route to host";
            } else if (cause instanceof ConnectException) {
                return "connection refused";
            } else if (cause instanceof SocketTimeoutException) {
                return "timed out";
            }
        }
        return null;
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
