package dev.schemadiff.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection is cut mid-apply ({@code pg_terminate_backend} from another session, as a failover or
 * an operator would): the CLI exits 1 with one clear line, the database is as before or reconciled, every
 * row intact, and a re-run completes.
 */
@ExtendWith(PostgresExtension.class)
class ConnectionCutTest {
    /** Enough rows that the backfill takes a while to interrupt; more in the long form. */
    private static final int BULK_ROWS = Trials.count(20_000, 50_000);
    private static final String SCENARIO = "connection cut during apply";
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path home;

    @Test
    void aCutConnectionFailsCleanlyAndLosesNothing(TestDatabase template, TestDatabase admin) throws Exception {
        Recruiting.load(template, BULK_ROWS);
        DatabaseState before = DatabaseState.take(template, Recruiting.SCHEMAS);

        // Two undisturbed runs: the first warms this JVM up (as the trials run warm), the second is timed.
        long applyMillis = 0;
        DatabaseState reconciled = null;
        for (int run = 1; run <= 2; run++) {
            TestDatabase reference = Databases.copy(admin, template, template.name() + "_ref" + run);
            CompletableFuture<InProcessCli> calibration = applyInBackground(reference);
            awaitApplyTransaction(admin, reference);
            long started = System.nanoTime();
            InProcessCli undisturbed = calibration.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            applyMillis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            assertEquals(0, undisturbed.exitCode(), undisturbed::toString);
            reconciled = DatabaseState.takeComparedTo(reference, before, Recruiting.SCHEMAS);
            Databases.drop(admin, reference);
        }

        Random random = new Random(7L);
        int trials = Trials.count(3, 20);
        for (int trial = 1; trial <= trials; trial++) {
            long delay = random.nextLong(applyMillis + 1);
            runTrial(admin, template, trial, delay, before, reconciled);
        }
    }

    private void runTrial(TestDatabase admin, TestDatabase template, int trial, long delayMillis,
                          DatabaseState before, DatabaseState reconciled) throws Exception {
        TestDatabase copy = Databases.copy(admin, template, template.name() + "_c" + trial);
        CompletableFuture<InProcessCli> apply = applyInBackground(copy);
        String pid = awaitApplyTransaction(admin, copy);
        Thread.sleep(delayMillis);
        admin.queryValue("SELECT pg_terminate_backend(" + pid + ")");
        InProcessCli cut = apply.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        Databases.awaitNoOtherSessions(admin, copy, PATIENCE);

        DatabaseState after = DatabaseState.takeComparedTo(copy, before, Recruiting.SCHEMAS);
        String outcome = after.fingerprint().equals(before.fingerprint()) ? "as before"
                : after.fingerprint().equals(reconciled.fingerprint()) ? "reconciled" : "HALF-APPLIED";
        boolean clearError = cut.exitCode() == 1 && cut.lastErrLine().startsWith("schemadiff: error: the connection"
                + " to the database was lost") && cut.errLines().stream().noneMatch(line -> line.startsWith("\tat "));
        boolean finishedFirst = cut.exitCode() == 0 && outcome.equals("reconciled");
        InProcessCli rerun = InProcessCli.run(home, Recruiting.apply(copy));
        DatabaseState afterRerun = DatabaseState.takeComparedTo(copy, before, Recruiting.SCHEMAS);
        boolean rowsIntact = after.rows().equals(before.rows()) && afterRerun.rows().equals(before.rows());
        boolean passed = !outcome.equals("HALF-APPLIED") && (clearError || finishedFirst) && rowsIntact
                && rerun.exitCode() == 0 && afterRerun.fingerprint().equals(reconciled.fingerprint());
        Trials.record(SCENARIO, passed, outcome + (finishedFirst ? " (apply had finished)" : ", exit 1"), !rowsIntact);

        String context = "trial " + trial + ", cut " + delayMillis + " ms into apply:\n" + cut;
        assertTrue(!outcome.equals("HALF-APPLIED"), context);
        assertTrue(clearError || finishedFirst, context);
        assertEquals(before.rows(), after.rows(), context);
        assertEquals(0, rerun.exitCode(), () -> context + "\nre-run:\n" + rerun);
        assertEquals(reconciled.fingerprint(), afterRerun.fingerprint(), context);
        assertEquals(before.rows(), afterRerun.rows(), context);
        Databases.drop(admin, copy);
    }

    private CompletableFuture<InProcessCli> applyInBackground(TestDatabase db) {
        return CompletableFuture.supplyAsync(() -> InProcessCli.run(home, Recruiting.apply(db)));
    }

    /** The pid of the apply's server process once its transaction has begun. */
    private static String awaitApplyTransaction(TestDatabase admin, TestDatabase db) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            List<List<String>> rows = admin.query("SELECT pid FROM pg_stat_activity WHERE datname = '" + db.name()
                    + "' AND application_name = 'schemadiff' AND xact_start IS NOT NULL");
            if (!rows.isEmpty()) {
                return rows.get(0).get(0);
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("apply on " + db.name() + " never began its transaction");
    }
}
