package dev.schemadiff.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs each golden script on a real PostgreSQL holding the case's actual schema and rows: the SQL must
 * be valid, and constraints the rows violate must end up NOT VALID rather than fail the script.
 */
@ExtendWith(PostgresExtension.class)
class GoldenPlanExecutionTest {

    static Stream<GoldenCase> cases() {
        return GoldenCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scriptRunsOnTheActualSchema(GoldenCase c, TestDatabase database) {
        database.execute(c.actualSchemaScript());
        if (!c.seed().isEmpty()) {
            database.execute(c.seed());
        }

        database.execute(SqlScript.render(c.plan()));

        assertEquals(String.join(",", c.notValid()), database.queryValue(
                "SELECT coalesce(string_agg(conname, ',' ORDER BY conname), '') FROM pg_constraint "
                        + "WHERE NOT convalidated AND connamespace <> 'pg_catalog'::regnamespace"));
    }
}
