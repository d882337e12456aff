package dev.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.embedded.EmbeddedPostgresServer;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error is one stderr line {@code schemadiff: error: ...}, exit code 1, no stack trace and no
 * password. Bad passwords are tested against a dedicated embedded server whose pg_hba.conf is
 * rewritten to require scram-sha-256 over TCP for every user but the superuser.
 */
@ExtendWith(PostgresExtension.class)
class CliErrorsTest {
    private static final String APP_PASSWORD = "Right-Pass-1";
    private static EmbeddedPostgresServer passwordServer;

    @TempDir
    Path home;

    @BeforeAll
    static void startPasswordServer() throws SQLException {
        passwordServer = EmbeddedPostgresServer.start();
        try (Connection connection = DriverManager.getConnection(passwordServer.jdbcUrl("postgres"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE app LOGIN PASSWORD '" + APP_PASSWORD + "'");
            String hbaFile;
            try (ResultSet row = statement.executeQuery("SHOW hba_file")) {
                row.next();
                hbaFile = row.getString(1);
            }
            statement.execute("COPY (SELECT line FROM unnest(ARRAY["
                    + "'local all all trust', "
                    + "'host all postgres 127.0.0.1/32 trust', 'host all postgres ::1/128 trust', "
                    + "'host all all 127.0.0.1/32 scram-sha-256', 'host all all ::1/128 scram-sha-256'"
                    + "]) AS line) TO '" + hbaFile.replace("'", "''") + "'");
            statement.execute("SELECT pg_reload_conf()");
        }
    }

    @AfterAll
    static void stopPasswordServer() {
        passwordServer.close();
    }

    private Map<String, String> env() {
        return Map.of("HOME", home.toString(), "USER", "tester");
    }

    private CliRun run(String... args) {
        return CliRun.run(env(), args);
    }

    private static String classes() {
        return Fixtures.recruitingClasses().toString();
    }

    /** Exit 1, one stderr line that holds {@code fragment}, nothing on stdout, no trace, no secret. */
    private static void assertOneLineError(CliRun run, String fragment, String... secrets) {
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.lastErrLine().startsWith("schemadiff: error: "), run::toString);
        assertTrue(run.lastErrLine().contains(fragment), () -> "wanted '" + fragment + "' in\n" + run);
        assertTrue(run.lastErrLine().contains("; "), () -> "says what to try: " + run);
        assertEquals("", run.out(), run::toString);
        for (String secret : secrets) {
            assertFalse(run.err().contains(secret), () -> "leaks " + secret + ": " + run);
        }
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of("missing --classes", List.of("plan", "--db", "embedded"),
                        "missing --classes DIR|JAR (the compiled entities, e.g. target/classes) or --source DIR (their"
                                + " sources, e.g. src/main/java); see schemadiff plan --help"),
                Arguments.of("missing source directory", List.of("plan", "--source", "no/such/src", "--db", "embedded"),
                        "--source no/such/src does not exist; see schemadiff plan --help"),
                Arguments.of("source file, not directory", List.of("plan", "--source", "pom.xml", "--db", "embedded"),
                        "--source pom.xml is not a directory; pass a source root such as src/main/java; see schemadiff plan --help"),
                Arguments.of("--skip-unparsable without --source", List.of("plan", "--classes", "CLASSES",
                        "--skip-unparsable"), "--skip-unparsable works only with --source; see schemadiff plan --help"),
                Arguments.of("--source with --classes", List.of("plan", "--source", "src", "--classes", "x"),
                        "--source and --classes exclude each other; give one; see schemadiff plan --help"),
                Arguments.of("missing classes directory", List.of("plan", "--classes", "no/such/dir", "--db", "embedded"),
                        "--classes no/such/dir does not exist; see schemadiff plan --help"),
                Arguments.of("missing --classpath entry", List.of("plan", "--classes", "CLASSES", "--classpath",
                        "lib/a.jar" + File.pathSeparator + "no/such.jar"), "--classpath lib/a.jar does not exist"),
                Arguments.of("missing --classpath directory", List.of("plan", "--classes", "CLASSES", "--classpath",
                        "no/such/*"), "--classpath no/such does not exist"),
                Arguments.of("malformed --fill", List.of("apply", "--classes", "CLASSES", "--db", "embedded", "--fill", "nonsense"),
                        "--fill 'nonsense' is not [SCHEMA.]TABLE.COLUMN=SQL; see schemadiff apply --help"),
                Arguments.of("bad --lock-timeout", List.of("apply", "--classes", "CLASSES", "--lock-timeout", "5x"),
                        "'5x' is not a duration; use e.g. 500ms, 5s, 2m or PT5S; see schemadiff apply --help"),
                Arguments.of("unknown option", List.of("plan", "--bogus"), "unknown option: '--bogus'; see schemadiff plan --help"),
                Arguments.of("bad --format", List.of("plan", "--classes", "CLASSES", "--format", "yaml"),
                        "see schemadiff plan --help"),
                Arguments.of("no command", List.of(), "missing command: plan, apply, status or recover; see schemadiff --help"),
                Arguments.of("unknown command", List.of("migrate"), "see schemadiff --help"),
                Arguments.of("--init without embedded",
                        List.of("plan", "--classes", "CLASSES", "--db", "postgres://u@h/d", "--init", "x.sql"),
                        "--init works only with --db embedded; see schemadiff plan --help"),
                Arguments.of("no database", List.of("plan", "--classes", "CLASSES"),
                        "no database given; pass --db URL or --db embedded, or set DATABASE_URL"),
                Arguments.of("malformed URL with a password", List.of("plan", "--classes", "CLASSES",
                        "--db", "mysql://app:Url-Secret-3@h/db"), "--db is not a PostgreSQL URL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void usageErrorsAreOneLine(String name, List<String> args, String fragment) {
        List<String> resolved = new ArrayList<>(args);
        resolved.replaceAll(arg -> arg.equals("CLASSES") ? classes() : arg);
        assertOneLineError(run(resolved.toArray(String[]::new)), fragment, "Url-Secret-3");
    }

    @Test
    void classpathWildcardIsAccepted() throws IOException {
        Files.createFile(home.resolve("dependency.jar"));
        CliRun run = run("plan", "--classes", classes(), "--classpath", home + "/*", "--db",
                "postgres://u@localhost:" + Fixtures.unusedPort() + "/db");
        assertOneLineError(run, "cannot reach PostgreSQL");
    }

    @Test
    void unreachablePort() {
        int port = Fixtures.unusedPort();
        assertOneLineError(run("plan", "--classes", classes(), "--db", "postgres://app:Port-Secret-2@localhost:" + port + "/db"),
                "cannot reach PostgreSQL at localhost:" + port + " (connection refused); check the host and port in --db",
                "Port-Secret-2");
    }

    @Test
    void missingDatabase(TestDatabase database) {
        assertOneLineError(run("plan", "--classes", classes(), "--db", Fixtures.url("postgres", database, "no_such_db")),
                "database \"no_such_db\" does not exist at ");
    }

    @Test
    void badPassword() {
        String url = "postgres://app:Wrong-Pass-9@localhost:" + passwordServer.port() + "/postgres";
        assertOneLineError(run("plan", "--classes", classes(), "--db", url),
                "password authentication failed for user \"app\" at localhost:" + passwordServer.port()
                        + "; check the password in --db, PGPASSWORD or ~/.pgpass", "Wrong-Pass-9");
    }

    @Test
    void badPasswordFromTheEnvironmentIsMaskedToo() {
        Map<String, String> env = Map.of("HOME", home.toString(), "PGHOST", "localhost",
                "PGPORT", Integer.toString(passwordServer.port()), "PGUSER", "app", "PGPASSWORD", "Env-Pass-8",
                "PGDATABASE", "postgres");
        assertOneLineError(CliRun.run(env, "plan", "--classes", classes()),
                "password authentication failed for user \"app\"", "Env-Pass-8");
    }

    @Test
    void missingPassword() {
        assertOneLineError(run("plan", "--classes", classes(), "--db", "postgres://app@localhost:" + passwordServer.port()
                + "/postgres"), "wants a password for user \"app\" and none was given");
    }

    @Test
    void thePasswordServerAcceptsTheRightPassword() throws SQLException {
        // Guards the tests above: they only prove something if the right password gets in.
        DatabaseTarget target = new TargetResolver(env(), warning -> { })
                .resolve("postgres://app:" + APP_PASSWORD + "@localhost:" + passwordServer.port() + "/postgres");
        try (Connection connection = ServerConnection.open((DatabaseTarget.Server) target)) {
            assertTrue(connection.isValid(5));
        }
    }

    @Test
    void verboseAddsTheStackTraceStillMasked() {
        CliRun run = run("plan", "--verbose", "--classes", classes(), "--db",
                "postgres://app:Trace-Secret-4@localhost:" + Fixtures.unusedPort() + "/db");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.errLines().get(0).startsWith("schemadiff: error: cannot reach PostgreSQL"), run::toString);
        assertTrue(run.err().contains("\tat "), run::toString);
        assertFalse(run.err().contains("Trace-Secret-4"), run::toString);
    }

    @Test
    void helpAndVersionSucceed() {
        CliRun help = run("plan", "--help");
        assertEquals(0, help.exitCode(), help::toString);
        for (String option : List.of("--db", "--classes", "--classpath", "--naming", "--naming-strategy", "--schema",
                "--format", "--detailed-exitcode", "--strict", "--out", "--init", "--verbose", "--source", "--fill",
                "--skip-unparsable")) {
            assertTrue(help.out().contains(option), () -> option + " missing from\n" + help);
        }
        CliRun applyHelp = run("apply", "--help");
        assertTrue(applyHelp.out().contains("--lock-timeout"), applyHelp::toString);
        CliRun version = run("--version");
        assertEquals(0, version.exitCode(), version::toString);
        assertTrue(version.out().startsWith("schemadiff "), version::toString);
    }
}
