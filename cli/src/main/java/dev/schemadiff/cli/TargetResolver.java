package dev.schemadiff.cli;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Decides which database a command uses, in this order:
 * <ol>
 *   <li>{@code --db}: a URL, or {@code embedded};</li>
 *   <li>{@code DATABASE_URL};</li>
 *   <li>the {@code POSTGRES_HOST/PORT/USER/PASSWORD/DB} variables of the official Docker image and
 *       compose files (defaults {@code localhost}, 5432, {@code postgres}, database = user);</li>
 *   <li>{@code db} in {@code schemadiff.properties}: after the variables above, as a deploy's
 *       environment must win over the database a project file names for development;</li>
 *   <li>libpq's {@code PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE/PGSSLMODE} (defaults
 *       {@code localhost}, 5432, the OS user, database = user).</li>
 * </ol>
 * As in libpq, the {@code PG*} variables also fill in what a URL leaves out, and when no password is
 * given the password file ({@code PGPASSFILE} or {@code ~/.pgpass}) is consulted.
 */
final class TargetResolver {
    static final String EMBEDDED = "embedded";

    private static final List<String> POSTGRES_VARIABLES =
            List.of("POSTGRES_HOST", "POSTGRES_PORT", "POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB");
    private static final List<String> LIBPQ_VARIABLES =
            List.of("PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE");
    private static final int DEFAULT_PORT = 5432;
    private static final String URL_FORMS =
            "postgresql://user:password@host:port/database, jdbc:postgresql://host:port/database or embedded";

    private final Map<String, String> env;
    private final Consumer<String> warnings;
    private final String configuredDatabase;

    /**
     * @param env      the process environment (injected, so tests control it)
     * @param warnings receives one-line warnings, e.g. about an unsafe password file
     */
    TargetResolver(Map<String, String> env, Consumer<String> warnings) {
        this(env, warnings, null);
    }

    /** @param configuredDatabase {@code db} from {@code schemadiff.properties}, or {@code null} */
    TargetResolver(Map<String, String> env, Consumer<String> warnings, String configuredDatabase) {
        this.env = env;
        this.warnings = warnings;
        this.configuredDatabase = configuredDatabase;
    }

    /**
     * @param db the {@code --db} value, or {@code null}
     * @throws SchemaDiffException ({@code USAGE}) when nothing names a database or a setting is malformed
     */
    DatabaseTarget resolve(String db) {
        if (db != null) {
            return fromText(db, "--db");
        }
        if (isSet("DATABASE_URL")) {
            return fromText(env.get("DATABASE_URL").strip(), "DATABASE_URL");
        }
        if (POSTGRES_VARIABLES.stream().anyMatch(this::isSet)) {
            return fromPostgresVariables();
        }
        if (configuredDatabase != null) {
            return fromText(configuredDatabase, ConfigDefaults.FILE_NAME);
        }
        if (LIBPQ_VARIABLES.stream().anyMatch(this::isSet)) {
            return fromUrlParts(new DatabaseUrl(null, null, null, null, null, Map.of()), "PG* variables");
        }
        throw new SchemaDiffException(ErrorCode.USAGE, "no database given; pass --db URL or --db embedded, "
                + "or set DATABASE_URL, POSTGRES_HOST/POSTGRES_DB (with POSTGRES_USER/POSTGRES_PASSWORD)"
                + " or PGHOST/PGDATABASE (with PGUSER/PGPASSWORD), or put db=URL in " + ConfigDefaults.FILE_NAME);
    }

    /**
     * A database named by another option than {@code --db} (e.g. {@code recover --scratch-db}): the same URL
     * forms, with the {@code PG*} variables and the password file filling in, and the option named in errors.
     */
    DatabaseTarget resolveOption(String value, String option) {
        return fromText(value, option);
    }

    private DatabaseTarget fromText(String text, String source) {
        if (text.equalsIgnoreCase(EMBEDDED)) {
            return new DatabaseTarget.Embedded();
        }
        if (!DatabaseUrl.isUrl(text)) {
            throw new SchemaDiffException(ErrorCode.USAGE, source + " is not a PostgreSQL URL: '" + text
                    + "'; use " + URL_FORMS);
        }
        try {
            return fromUrlParts(DatabaseUrl.parse(text), source);
        } catch (IllegalArgumentException e) {
            throw new SchemaDiffException(ErrorCode.USAGE, "invalid " + source + ": " + e.getMessage()
                    + "; use " + URL_FORMS, e);
        }
    }

    private DatabaseTarget.Server fromUrlParts(DatabaseUrl url, String source) {
        String host = url.host() != null ? url.host() : tcpHost(variable("PGHOST", "localhost"), "PGHOST");
        int port = url.port() != null ? url.port() : port("PGPORT");
        String user = url.user() != null ? url.user() : variable("PGUSER", osUser());
        String database = url.database() != null ? url.database() : variable("PGDATABASE", user);
        Map<String, String> parameters = new HashMap<>(url.parameters());
        if (isSet("PGSSLMODE")) {
            parameters.putIfAbsent("sslmode", env.get("PGSSLMODE").strip());
        }
        String password = url.password() != null ? url.password() : env.get("PGPASSWORD");
        return withPasswordFile(new DatabaseTarget.Server(host, port, database, user, password, parameters, source));
    }

    private DatabaseTarget.Server fromPostgresVariables() {
        String user = variable("POSTGRES_USER", "postgres");
        return withPasswordFile(new DatabaseTarget.Server(
                tcpHost(variable("POSTGRES_HOST", "localhost"), "POSTGRES_HOST"), port("POSTGRES_PORT"),
                variable("POSTGRES_DB", user), user, env.get("POSTGRES_PASSWORD"), Map.of(), "POSTGRES_* variables"));
    }

    private DatabaseTarget.Server withPasswordFile(DatabaseTarget.Server server) {
        if (server.password() != null && !server.password().isEmpty()) {
            return server;
        }
        return PgPassFile.locate(env)
                .passwordFor(server.host(), server.port(), server.database(), server.user(), warnings)
                .map(server::withPassword)
                .orElse(server);
    }

    private int port(String variable) {
        if (!isSet(variable)) {
            return DEFAULT_PORT;
        }
        try {
            return DatabaseUrl.parsePort(env.get(variable).strip());
        } catch (IllegalArgumentException e) {
            throw new SchemaDiffException(ErrorCode.USAGE, "invalid " + variable + ": " + e.getMessage()
                    + "; set it to the server's TCP port", e);
        }
    }

    private static String tcpHost(String host, String variable) {
        if (host.startsWith("/")) {
            throw new SchemaDiffException(ErrorCode.USAGE, variable + "=" + host + " names a Unix socket directory,"
                    + " but schemadiff connects over TCP; set it to a host name such as localhost");
        }
        if (host.contains(",")) {
            throw new SchemaDiffException(ErrorCode.USAGE, variable + " lists several hosts; name one host");
        }
        return host;
    }

    private String osUser() {
        return variable("USER", System.getProperty("user.name"));
    }

    private String variable(String name, String fallback) {
        return isSet(name) ? env.get(name).strip() : fallback;
    }

    private boolean isSet(String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
