package dev.schemadiff.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Between plan and apply the server restarts, or the database changes. Apply always re-plans under its
 * lock; with {@code --plan-file} it applies only if that re-plan is the reviewed plan, against a catalog
 * with the reviewed fingerprint, and otherwise refuses with nothing changed.
 */
@ExtendWith(PostgresExtension.class)
class PlanFileTest {
    @TempDir
    Path home;

    @Test
    void aReviewedPlanSurvivesAServerRestartAndIsApplied(@TempDir Path data) throws IOException {
        try (RestartableServer server = new RestartableServer(data.resolve("pgdata"))) {
            server.execute("postgres", "CREATE DATABASE recruiting");
            TestDatabase db = new TestDatabase("recruiting", server.jdbcUrl("recruiting"));
            db.execute(Recruiting.read(Recruiting.sampleFile("drifted.sql")));
            Path planFile = home.resolve("plan.json");
            InProcessCli plan = InProcessCli.run(home, Recruiting.args("plan", db, "--fill", Recruiting.FILL,
                    "--format", "json", "--out", planFile.toString()));
            assertEquals(0, plan.exitCode(), plan::toString);
            DatabaseState before = DatabaseState.take(db, Recruiting.SCHEMAS);

            server.restart();
            InProcessCli apply = InProcessCli.run(home, Recruiting.apply(db, "--plan-file", planFile.toString()));
            DatabaseState after = DatabaseState.takeComparedTo(db, before, Recruiting.SCHEMAS);
            InProcessCli again = InProcessCli.run(home, Recruiting.args("plan", db, "--detailed-exitcode"));
            boolean passed = apply.exitCode() == 0 && again.exitCode() == 0 && after.rows().equals(before.rows());
            Trials.record("restart between plan and apply", passed, "reviewed plan applied",
                    !after.rows().equals(before.rows()));

            assertEquals(0, apply.exitCode(), apply::toString);
            assertTrue(apply.out().startsWith("+ create sequence public.candidate_job_seq"), apply::toString);
            assertEquals(0, again.exitCode(), "nothing left to do:\n" + again);
            assertEquals(before.rows(), after.rows());
        }
    }

    @Test
    void aPlanMadeBeforeTheDatabaseChangedIsRefusedAndAFreshApplyReplans(TestDatabase db) throws IOException {
        db.execute(Recruiting.read(Recruiting.sampleFile("drifted.sql")));
        Path planFile = home.resolve("plan.json");
        InProcessCli plan = InProcessCli.run(home, Recruiting.args("plan", db, "--fill", Recruiting.FILL,
                "--format", "json", "--out", planFile.toString()));
        assertEquals(0, plan.exitCode(), plan::toString);
        // someone fixes part of the drift by hand after the review
        db.execute("ALTER TABLE candidate ADD COLUMN expected_wage varchar(120)");
        DatabaseState changed = DatabaseState.take(db, Recruiting.SCHEMAS);

        InProcessCli stale = InProcessCli.run(home, Recruiting.apply(db, "--plan-file", planFile.toString()));
        boolean refused = stale.exitCode() == 1 && stale.lastErrLine()
                .startsWith("schemadiff: error: the database changed since the plan was made (catalog fingerprint ")
                && DatabaseState.take(db, Recruiting.SCHEMAS).fingerprint().equals(changed.fingerprint());
        InProcessCli fresh = InProcessCli.run(home, Recruiting.apply(db));
        Trials.record("stale --plan-file (catalog changed)", refused && fresh.exitCode() == 0, "refused", false);

        assertEquals(1, stale.exitCode(), stale::toString);
        assertTrue(refused, stale::toString);
        assertTrue(stale.lastErrLine().endsWith("nothing was changed; make a new plan, review it and apply that"),
                stale::toString);
        assertEquals(0, fresh.exitCode(), "apply without a plan file re-plans under its lock:\n" + fresh);
        assertTrue(!fresh.out().contains("expected_wage"), "the hand-made column is not added twice:\n" + fresh);
    }

    @Test
    void aPlanForOtherFillValuesIsRefused(TestDatabase db) throws IOException {
        db.execute(Recruiting.read(Recruiting.sampleFile("drifted.sql")));
        Path planFile = home.resolve("plan.json");
        InProcessCli plan = InProcessCli.run(home, Recruiting.args("plan", db, "--fill", Recruiting.FILL,
                "--format", "json", "--out", planFile.toString()));
        assertEquals(0, plan.exitCode(), plan::toString);
        DatabaseState before = DatabaseState.take(db, Recruiting.SCHEMAS);

        InProcessCli other = InProcessCli.run(home, Recruiting.args("apply", db, "--fill",
                "candidate.full_name='someone else'", "--plan-file", planFile.toString()));
        boolean refused = other.exitCode() == 1 && other.lastErrLine().startsWith("schemadiff: error: the plan"
                + " computed now differs from the plan file (it would now also run UPDATE public.candidate SET"
                + " full_name = ('someone else')") && before.fingerprint().equals(
                DatabaseState.take(db, Recruiting.SCHEMAS).fingerprint());
        Trials.record("stale --plan-file (other plan)", refused, "refused", false);
        assertTrue(refused, other::toString);
    }

    @Test
    void aFileThatIsNoPlanIsAOneLineError(TestDatabase db) throws IOException {
        db.execute(Recruiting.read(Recruiting.sampleFile("drifted.sql")));
        Path notAPlan = Files.writeString(home.resolve("plan.json"), "{\"formatVersion\": 1, \"changes\": [");
        InProcessCli apply = InProcessCli.run(home, Recruiting.apply(db, "--plan-file", notAPlan.toString()));
        assertEquals(1, apply.exitCode(), apply::toString);
        assertEquals("schemadiff: error: --plan-file " + notAPlan + " is not a plan written by plan --format json"
                + " (not JSON: unexpected end at offset 33); write one with plan --format json --out FILE",
                apply.lastErrLine());
        assertEquals("", apply.out());
    }
}
