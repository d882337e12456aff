package dev.schemadiff.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a real CLI process at random points of its apply: before the transaction, while it
 * plans, while it adds columns and backfills 20,000 rows (50,000 in the long form), while it verifies, around COMMIT and after.
 * Each time the database must be exactly as before or exactly reconciled (one catalog fingerprint or the
 * other), every pre-existing row intact, and a re-run must complete the work.
 */
@ExtendWith(PostgresExtension.class)
class KillDuringApplyTest {
    /** Enough rows that the backfill takes a while to interrupt; more in the long form. */
    private static final int BULK_ROWS = Trials.count(20_000, 50_000);
    private static final String SCENARIO = "kill -9 during apply";
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path home;

    @Test
    void aKilledApplyLeavesTheDatabaseAsBeforeOrReconciled(TestDatabase template, TestDatabase admin)
            throws InterruptedException {
        Recruiting.load(template, BULK_ROWS);
        DatabaseState before = DatabaseState.take(template, Recruiting.SCHEMAS);

        // One undisturbed run gives the reconciled state and how long an apply takes once it has started.
        TestDatabase reference = Databases.copy(admin, template, template.name() + "_ref");
        ChildCli calibration = ChildCli.start(home, Recruiting.apply(reference));
        assertTrue(calibration.awaitErr(ChildCli.APPLY_STARTS, PATIENCE), calibration::err);
        long started = System.nanoTime();
        assertTrue(calibration.awaitOut(ChildCli.APPLY_DONE, PATIENCE), calibration::err);
        long applyMillis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        assertEquals(0, calibration.waitFor(PATIENCE), calibration::err);
        DatabaseState reconciled = DatabaseState.takeComparedTo(reference, before, Recruiting.SCHEMAS);
        assertEquals(before.rows(), reconciled.rows(), "an undisturbed apply keeps every row");
        Databases.drop(admin, reference);

        Random random = new Random(20261121L);
        int trials = Trials.count(4, 60);
        for (int trial = 1; trial <= trials; trial++) {
            // up to 20% past the measured duration, so some kills land after COMMIT too
            long delay = random.nextLong(applyMillis * 6 / 5 + 1);
            runTrial(admin, template, trial, delay, before, reconciled);
        }
    }

    private void runTrial(TestDatabase admin, TestDatabase template, int trial, long delayMillis,
                          DatabaseState before, DatabaseState reconciled) throws InterruptedException {
        TestDatabase copy = Databases.copy(admin, template, template.name() + "_k" + trial);
        ChildCli child = ChildCli.start(home, Recruiting.apply(copy));
        assertTrue(child.awaitErr(ChildCli.APPLY_STARTS, PATIENCE), child::err);
        Thread.sleep(delayMillis);
        boolean finishedFirst = child.out().contains(ChildCli.APPLY_DONE);
        child.kill();
        Databases.awaitNoOtherSessions(admin, copy, PATIENCE);

        DatabaseState after = DatabaseState.takeComparedTo(copy, before, Recruiting.SCHEMAS);
        String outcome = after.fingerprint().equals(before.fingerprint()) ? "as before"
                : after.fingerprint().equals(reconciled.fingerprint()) ? "reconciled" : "HALF-APPLIED";
        InProcessCli rerun = InProcessCli.run(home, Recruiting.apply(copy));
        DatabaseState afterRerun = DatabaseState.takeComparedTo(copy, before, Recruiting.SCHEMAS);
        boolean rowsIntact = after.rows().equals(before.rows()) && afterRerun.rows().equals(before.rows());
        boolean passed = !outcome.equals("HALF-APPLIED") && rowsIntact && rerun.exitCode() == 0
                && afterRerun.fingerprint().equals(reconciled.fingerprint());
        Trials.record(SCENARIO, passed, outcome + (finishedFirst ? " (apply had finished)" : ""), !rowsIntact);

        String context = "trial " + trial + ", killed " + delayMillis + " ms into apply; child stderr:\n" + child.err();
        assertTrue(!outcome.equals("HALF-APPLIED"), context);
        assertEquals(before.rows(), after.rows(), context);
        assertEquals(0, rerun.exitCode(), () -> context + "\nre-run:\n" + rerun);
        assertEquals(reconciled.fingerprint(), afterRerun.fingerprint(), context);
        assertEquals(before.rows(), afterRerun.rows(), context);
        Databases.drop(admin, copy);
    }
}
