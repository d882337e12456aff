package dev.schemadiff.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long transaction holds a lock on a table the plan alters. Apply waits at most {@code --lock-timeout}
 * per attempt, rolls back and retries with backoff up to {@code --lock-retries}, then exits 1 naming the
 * holder; meanwhile a concurrent {@code SELECT} on the table never waits longer than the timeout (it
 * queues behind apply's pending lock only while apply waits).
 */
@ExtendWith(PostgresExtension.class)
class LockContentionTest {
    private static final Duration LOCK_TIMEOUT = Duration.ofMillis(300);
    /** Scheduling slack on a busy two-core machine; a SELECT queued for a whole apply would wait far longer. */
    private static final long SLACK_MILLIS = 700;
    private static final String HOLDER_SQL = "UPDATE candidate SET version = version WHERE legacy_ref = 'crm-7781'";
    /** How the holder's query is named: constants masked, as they may be row data or secrets. */
    private static final String HOLDER_NAMED = "UPDATE candidate SET version = version WHERE legacy_ref = '...'";
    private static final String READER_SQL = "SELECT count(*) FROM candidate";

    @TempDir
    Path home;

    @Test
    void aLockHeldThroughEveryRetryEndsInOneLineNamingItsHolder(TestDatabase db) throws Exception {
        Recruiting.load(db, 1_000);
        DatabaseState before = DatabaseState.take(db, Recruiting.SCHEMAS);
        InProcessCli apply;
        long elapsedMillis;
        long longestSelect;
        String holderPid;
        try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            holderPid = pid(statement);
            statement.execute(HOLDER_SQL);
            Traffic reader = Traffic.start(db, "reader", n -> READER_SQL);
            try {
                long start = System.nanoTime();
                apply = InProcessCli.run(home, Recruiting.apply(db, "--lock-timeout", "300ms", "--lock-retries", "2"));
                elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            } finally {
                reader.stop();
            }
            longestSelect = reader.longestWaitMillis();
            assertEquals(List.of(), reader.failures());
            holder.rollback();
        }
        boolean namesHolder = apply.lastErrLine().contains("held by pid " + holderPid + " (idle in transaction")
                && apply.lastErrLine().contains(HOLDER_NAMED) && !apply.err().contains("crm-7781");
        boolean passed = apply.exitCode() == 1 && namesHolder
                && before.fingerprint().equals(DatabaseState.take(db, Recruiting.SCHEMAS).fingerprint())
                && longestSelect <= LOCK_TIMEOUT.toMillis() + SLACK_MILLIS;
        Trials.record("lock held through all retries", passed, "refused", false, longestSelect);

        assertEquals(1, apply.exitCode(), apply::toString);
        assertTrue(apply.lastErrLine().startsWith("schemadiff: error: could not get the locks apply needs within"
                + " 300 ms, 3 attempts (last: "), apply::toString);
        assertTrue(namesHolder, apply::toString);
        assertTrue(apply.lastErrLine().endsWith("nothing was changed; end that transaction or retry when the tables"
                + " are less busy, or raise --lock-timeout or --lock-retries"), apply::toString);
        assertEquals(2, apply.errLines().stream().filter(line -> line.contains("rolled back, trying again in")).count(),
                apply::toString);
        assertTrue(apply.err().contains("(attempt 1 of 3); rolled back, trying again in 300 ms")
                && apply.err().contains("(attempt 2 of 3); rolled back, trying again in 600 ms"), apply::toString);
        // three waits of the lock timeout and two backoffs (300 ms, 600 ms) at the least
        assertTrue(elapsedMillis >= 3 * LOCK_TIMEOUT.toMillis() + 900, "took only " + elapsedMillis + " ms");
        assertEquals(before.fingerprint(), DatabaseState.take(db, Recruiting.SCHEMAS).fingerprint(),
                "nothing was changed");
        assertTrue(longestSelect <= LOCK_TIMEOUT.toMillis() + SLACK_MILLIS,
                "a SELECT waited " + longestSelect + " ms behind apply's lock request");
    }

    /**
     * Once apply holds the lock, a SELECT waits for the rest of apply's transaction: that wait is reported
     * in the summary, not bounded here, as it grows with the work apply does on the table.
     */
    @Test
    void applyRetriesUntilTheLongTransactionEnds(TestDatabase db) throws Exception {
        Recruiting.load(db, 1_000);
        DatabaseState before = DatabaseState.take(db, Recruiting.SCHEMAS);
        InProcessCli apply;
        long longestSelect;
        try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute(HOLDER_SQL);
            // the long transaction ends once apply has waited for it twice
            Thread release = new Thread(() -> {
                try {
                    awaitLockWaits(db, 2);
                    holder.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Traffic reader = Traffic.start(db, "reader", n -> READER_SQL);
            try {
                release.start();
                apply = InProcessCli.run(home, Recruiting.apply(db, "--lock-timeout", "300ms", "--lock-retries", "6"));
                release.join();
            } finally {
                reader.stop();
            }
            longestSelect = reader.longestWaitMillis();
            assertEquals(List.of(), reader.failures());
        }
        DatabaseState after = DatabaseState.takeComparedTo(db, before, Recruiting.SCHEMAS);
        long retries = apply.errLines().stream().filter(line -> line.contains("rolled back, trying again in")).count();
        boolean passed = apply.exitCode() == 0 && retries >= 1 && after.rows().equals(before.rows());
        Trials.record("lock released during retries", passed, "applied after " + retries + " retries",
                !after.rows().equals(before.rows()), longestSelect);

        assertEquals(0, apply.exitCode(), apply::toString);
        assertTrue(retries >= 1, apply::toString);
        assertEquals(before.rows(), after.rows());
    }

    /** Returns once a session of {@code db} has begun waiting for a lock {@code episodes} separate times. */
    private static void awaitLockWaits(TestDatabase db, int episodes) throws InterruptedException {
        boolean waiting = false;
        for (int seen = 0; seen < episodes; ) {
            boolean now = !"0".equals(db.queryValue("SELECT count(*) FROM pg_locks AS l JOIN pg_stat_activity AS a"
                    + " USING (pid) WHERE NOT l.granted AND a.datname = current_database()"));
            seen += now && !waiting ? 1 : 0;
            waiting = now;
            Thread.sleep(10);
        }
    }

    private static String pid(Statement statement) throws Exception {
        try (ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getString(1);
        }
    }
}
