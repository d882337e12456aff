package dev.schemadiff.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --fill} values that are SQL injections, out of range, of the wrong type, NULL, or that fail in
 * other ways, and {@code --init} files that fail: each case is one clear line, exit 1, and nothing
 * written (the catalog and every row as before). Injections are refused before connecting; values
 * that fail run inside the apply transaction and are rolled back with everything else.
 */
@ExtendWith(PostgresExtension.class)
class BadFillTest {
    private static final String NOT_ONE_EXPRESSION = "schemadiff: error: the fill value for public.candidate.full_name"
            + " is not one SQL expression: ";
    private static final String GIVE_ONE_VALUE = "; give a single value such as 'unknown', 0 or now()";
    private static final String APPLYING_UPDATE = "schemadiff: error: applying 'UPDATE public.candidate SET full_name = (";

    @TempDir
    Path home;

    static Stream<Arguments> fills() {
        return Stream.of(
                Arguments.of("statement after a closing parenthesis", "'x'); DELETE FROM users; --",
                        NOT_ONE_EXPRESSION + "it closes a parenthesis it did not open" + GIVE_ONE_VALUE),
                Arguments.of("second statement", "'x'; DELETE FROM users",
                        NOT_ONE_EXPRESSION + "it holds a ';', which would end the statement" + GIVE_ONE_VALUE),
                Arguments.of("second assignment", "'x'), legacy_ref = ('overwritten'",
                        NOT_ONE_EXPRESSION + "it closes a parenthesis it did not open" + GIVE_ONE_VALUE),
                Arguments.of("comment hiding the WHERE", "'x' --", NOT_ONE_EXPRESSION + "it holds a comment" + GIVE_ONE_VALUE),
                Arguments.of("dollar quote left open", "$$x", NOT_ONE_EXPRESSION + "a quote in it is not closed" + GIVE_ONE_VALUE),
                Arguments.of("too long for the column", "repeat('x', 300)",
                        APPLYING_UPDATE + "repeat('x', 300)) WHERE full_name IS NULL' failed: ERROR: value too long for"
                                + " type character varying(255); rolled back, nothing was changed"),
                Arguments.of("integer out of range", "(2147483647 + 1)::text",
                        APPLYING_UPDATE + "(2147483647 + 1)::text) WHERE full_name IS NULL' failed: ERROR: integer out"
                                + " of range; rolled back, nothing was changed"),
                Arguments.of("NULL for a NOT NULL column", "NULL",
                        "schemadiff: error: applying 'ALTER TABLE public.candidate ALTER COLUMN full_name SET NOT NULL'"
                                + " failed: ERROR: column \"full_name\" of relation \"candidate\" contains null values;"
                                + " rolled back, nothing was changed"),
                Arguments.of("division by zero", "(1 / 0)::text",
                        APPLYING_UPDATE + "(1 / 0)::text) WHERE full_name IS NULL' failed: ERROR: division by zero;"
                                + " rolled back, nothing was changed"),
                Arguments.of("unknown column", "no_such_column", APPLYING_UPDATE + "no_such_column) WHERE full_name IS"
                        + " NULL' failed: ERROR: column \"no_such_column\" does not exist; rolled back, nothing was changed"),
                Arguments.of("subquery with many rows", "(SELECT email FROM users)", APPLYING_UPDATE + "(SELECT email"
                        + " FROM users)) WHERE full_name IS NULL' failed: ERROR: more than one row returned by a"
                        + " subquery used as an expression; rolled back, nothing was changed"),
                Arguments.of("data-modifying subquery", "(WITH gone AS (DELETE FROM users RETURNING email) SELECT"
                        + " min(email) FROM gone)", APPLYING_UPDATE + "(WITH gone AS (DELETE FROM users RETURNING"
                        + " email) SELECT min(email) FROM gone)) WHERE full_name IS NULL' failed: ERROR: WITH clause"
                        + " containing a data-modifying statement must be at the top level; rolled back, nothing was"
                        + " changed"),
                Arguments.of("value that ends its own session", "(SELECT 'x' FROM pg_terminate_backend(pg_backend_pid()))",
                        "schemadiff: error: the connection to the database was lost during apply (FATAL: terminating"
                                + " connection due to administrator command); PostgreSQL rolls back the transaction of a"
                                + " lost connection, so nothing was changed; rerun apply once the database is reachable"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("fills")
    void aBadFillIsOneLineAndChangesNothing(String name, String value, String error, TestDatabase db) {
        db.execute(Recruiting.read(Recruiting.sampleFile("drifted.sql")));
        DatabaseState before = DatabaseState.take(db, Recruiting.SCHEMAS);

        InProcessCli apply = InProcessCli.run(home, Recruiting.args("apply", db, "--fill",
                "candidate.full_name=" + value));

        DatabaseState after = DatabaseState.takeComparedTo(db, before, Recruiting.SCHEMAS);
        boolean unchanged = after.equals(before);
        boolean passed = apply.exitCode() == 1 && apply.lastErrLine().equals(error) && unchanged && apply.out().isEmpty();
        Trials.record("bad --fill value", passed, "refused", !after.rows().equals(before.rows()));
        assertEquals(1, apply.exitCode(), apply::toString);
        assertEquals(error, apply.lastErrLine(), apply::toString);
        assertFalse(apply.err().contains("\tat "), apply::toString);
        assertEquals("", apply.out(), apply::toString);
        assertEquals(before, after, "nothing written");
    }

    @Test
    void aFailingInitFileIsOneLineAndNothingIsApplied() throws Exception {
        Path init = Files.writeString(home.resolve("init.sql"), "CREATE TABLE users (id bigint);\nSELEC oops;\n");
        InProcessCli apply = InProcessCli.run(home, "apply", "--db", "embedded", "--init", init.toString(),
                "--classes", Recruiting.classes().toString());
        boolean passed = apply.exitCode() == 1 && apply.out().isEmpty() && apply.lastErrLine().equals(
                "schemadiff: error: loading --init file " + init + " failed: ERROR: syntax error at or near \"SELEC\""
                        + "; fix the SQL (psql meta-commands such as \\connect are not supported)");
        Trials.record("bad --init file", passed, "refused", false);
        assertTrue(passed, apply::toString);
    }
}
