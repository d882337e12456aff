package dev.schemadiff.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.testkit.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Targets that cannot work, against a server set up as production servers are (TLS only over TCP, a
 * password-protected application role): each is one line naming what to fix, exit 1, nothing written,
 * and no password anywhere in the output. Then the security promises: plan never writes (a role that
 * may only read, a read-only database), and no report or error carries a password or row data.
 */
class HostileTargetsTest {
    /** Passwords in this test's URLs share this stem, so one search finds a leak of any of them. */
    private static final String SECRET = "Leak-Check-9c1e";
    private static final String ROW_DATA = "ROWDATA-5b7d";

    @TempDir
    static Path work;

    private static SecuredServer server;
    private static TestDatabase admin;
    private static TestDatabase target;
    private static DatabaseState before;

    @BeforeAll
    static void start() {
        server = new SecuredServer(work);
        admin = new TestDatabase("postgres", server.url("postgres", "sslmode=require"));
        admin.execute("CREATE DATABASE target");
        target = new TestDatabase("target", server.url("target", "sslmode=require"));
        target.execute(Recruiting.read(Recruiting.sampleFile("drifted.sql")));
        target.execute("UPDATE candidate SET legacy_ref = '" + ROW_DATA + "';"
                + "INSERT INTO users (email, password_hash, role, active) VALUES ('" + ROW_DATA + "@example.com',"
                + " '" + ROW_DATA + "', 'ADMIN', true);"
                + "CREATE ROLE reader LOGIN PASSWORD '" + SECRET + "-reader';"
                + "GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader");
        before = DatabaseState.take(target, Recruiting.SCHEMAS);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    static Stream<Arguments> targets() {
        String host = "localhost:" + server.port();
        String app = "postgres://app:" + SecuredServer.APP_PASSWORD + "@" + host;
        return Stream.of(
                Arguments.of("port that is no number", "postgres://app:" + SECRET + "-1@localhost:port/target",
                        "plan", "invalid --db: port 'port' is not a number from 1 to 65535"),
                Arguments.of("bad percent-encoding", "postgres://app:" + SECRET + "%zz@" + host + "/target",
                        "plan", "invalid --db: bad percent-encoding in the URL; write a literal % as %25"),
                Arguments.of("not a PostgreSQL URL", "mysql://app:" + SECRET + "-2@" + host + "/target",
                        "plan", "--db is not a PostgreSQL URL: 'mysql://app:***@" + host + "/target'"),
                Arguments.of("several hosts", "postgres://app:" + SECRET + "-3@h1,h2/target",
                        "plan", "several hosts in one URL are not supported; name one host"),
                Arguments.of("unknown host", "postgres://app:" + SECRET + "-4@no-such-host.invalid/target",
                        "plan", "cannot reach PostgreSQL at no-such-host.invalid:5432 (unknown host)"),
                Arguments.of("refused port", "postgres://app:" + SECRET + "-5@localhost:" + unusedPort() + "/target",
                        "plan", "(connection refused); check the host and port in --db"),
                Arguments.of("wrong password", "postgres://app:" + SECRET + "-6@" + host + "/target",
                        "plan", "password authentication failed for user \"app\" at " + host),
                Arguments.of("missing database", app + "/no_such_db",
                        "plan", "database \"no_such_db\" does not exist at " + host),
                Arguments.of("TLS required, client refuses it", app + "/target?sslmode=disable",
                        "plan", "the server at " + host + " accepts only TLS (SSL) connections from here"),
                Arguments.of("TLS certificate not trusted", app + "/target?sslmode=verify-full",
                        "plan", "TLS (SSL) with the server at " + host + " failed: "),
                Arguments.of("role without privileges", app + "/target",
                        "apply", "permission denied, nothing was changed: role app lacks CREATE on schema public"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("targets")
    void aTargetThatCannotWorkIsOneLine(String name, String url, String command, String fragment) {
        InProcessCli run = InProcessCli.run(work, Recruiting.args(command, new TestDatabase("target", url),
                "--fill", Recruiting.FILL));
        boolean unchanged = DatabaseState.take(target, Recruiting.SCHEMAS).equals(before);
        boolean passed = run.exitCode() == 1 && run.lastErrLine().startsWith("schemadiff: error: ")
                && run.lastErrLine().contains(fragment) && !leaks(run) && unchanged;
        Trials.record("unusable target", passed, "refused", false);
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.lastErrLine().contains(fragment), () -> "wanted '" + fragment + "' in\n" + run);
        assertFalse(run.err().contains("\tat "), run::toString);
        assertFalse(leaks(run), run::toString);
        assertTrue(unchanged, "nothing written");
    }

    @Test
    void aReadOnlyDatabaseIsPlannedButNotWritten() {
        admin.execute("ALTER DATABASE target SET default_transaction_read_only = on");
        try {
            InProcessCli plan = InProcessCli.run(work, Recruiting.args("plan", target, "--fill", Recruiting.FILL));
            InProcessCli apply = InProcessCli.run(work, Recruiting.apply(target));
            boolean unchanged = DatabaseState.take(target, Recruiting.SCHEMAS).equals(before);
            boolean passed = plan.exitCode() == 0 && apply.exitCode() == 1 && unchanged;
            Trials.record("read-only database (replica)", passed, "planned, apply refused", false);
            assertEquals(0, plan.exitCode(), plan::toString);
            assertEquals(1, apply.exitCode(), apply::toString);
            assertTrue(apply.lastErrLine().startsWith("schemadiff: error: the database is read-only (a standby, or"
                    + " default_transaction_read_only is on), so 'CREATE SEQUENCE IF NOT EXISTS public.candidate_job_seq"
                    + " START WITH 1 INCREMENT BY 50' cannot run; nothing was changed; point --db at the primary"),
                    apply::toString);
            assertTrue(unchanged);
        } finally {
            admin.execute("ALTER DATABASE target RESET default_transaction_read_only");
        }
    }

    @Test
    void planNeedsNoWritePrivilegeAndLeaksNothing() {
        String reader = "postgres://reader:" + SECRET + "-reader@localhost:" + server.port() + "/target";
        for (String format : List.of("sql", "markdown", "json")) {
            InProcessCli plan = InProcessCli.run(work, Recruiting.args("plan", new TestDatabase("target", reader),
                    "--fill", Recruiting.FILL, "--format", format, "--verbose"));
            boolean passed = plan.exitCode() == 0 && !leaks(plan) && !plan.out().isEmpty();
            Trials.record("plan by a read-only role", passed, "planned, nothing leaked", false);
            assertEquals(0, plan.exitCode(), plan::toString);
            assertTrue(plan.out().contains("full_name"), plan::toString);
            assertFalse(leaks(plan), plan::toString);
        }
        assertEquals(before, DatabaseState.take(target, Recruiting.SCHEMAS), "plan wrote nothing");
    }

    @Test
    void aFailedApplyNamesNoRowData() {
        // users.email must become unique, and two rows share a value: the index build fails on them
        target.execute("ALTER TABLE users DROP CONSTRAINT users_email_key;"
                + "INSERT INTO users (email, password_hash, role, active) VALUES ('" + ROW_DATA + "@example.com',"
                + " 'x', 'ADMIN', true)");
        try {
            DatabaseState duplicated = DatabaseState.take(target, Recruiting.SCHEMAS);
            InProcessCli apply = InProcessCli.run(work, Recruiting.apply(target));
            boolean passed = apply.exitCode() == 1 && !leaks(apply)
                    && DatabaseState.take(target, Recruiting.SCHEMAS).equals(duplicated);
            Trials.record("failed apply names no row data", passed, "refused, nothing leaked", false);
            assertEquals(1, apply.exitCode(), apply::toString);
            assertEquals("schemadiff: error: applying 'ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE"
                    + " (email)' failed: ERROR: could not create unique index \"users_email_key\"; rolled back, nothing"
                    + " was changed", apply.lastErrLine());
            assertFalse(leaks(apply), apply::toString);
        } finally {
            target.execute("DELETE FROM users WHERE password_hash = 'x';"
                    + "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email)");
        }
    }

    /** Whether a password or a row value of the target shows anywhere in the output. */
    private static boolean leaks(InProcessCli run) {
        String all = run.out() + run.err();
        return all.contains(SECRET) || all.contains(SecuredServer.APP_PASSWORD) || all.contains(ROW_DATA);
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
