package dev.schemadiff.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.history.flyway.FlywayLockProbe;
import dev.schemadiff.history.internal.HistoryTool.HistoryLock;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Recover holds Flyway's own lock: Flyway waits for it, and a second recover finds nothing to do. */
@ExtendWith(PostgresExtension.class)
class LockTest {

    @Test
    void flywayWaitsForTheLockRecoverHolds(TestDatabase database) throws Exception {
        Path migrations = Sample.migrations();
        try (Connection holder = database.connect()) {
            HistoryLock lock = FlywayLockProbe.hold(holder, migrations);
            try {
                FlywayException blocked = assertThrows(FlywayException.class,
                        () -> Databases.flyway(database, migrations).lockRetryCount(1).load().migrate());
                assertTrue(String.valueOf(blocked.getMessage()).contains("advisory lock"), blocked.getMessage());
            } finally {
                lock.close();
            }
        }
        assertEquals(3, Databases.flyway(database, migrations).load().migrate().migrationsExecuted);
    }

    @Test
    void twoRecoversAtOnceRunOneAfterTheOther(TestDatabase database) throws Exception {
        Path migrations = Sample.migrations();
        Databases.flyway(database, migrations).target("1").load().migrate();
        database.execute(FlywayRecoverTest.HOTFIX);
        RecoveryOptions options = FlywayRecoverTest.options(database, migrations);
        CountDownLatch start = new CountDownLatch(1);
        Callable<RecoverReport> recover = () -> {
            start.await();
            return FlywayRecoverTest.recover(database, options);
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<RecoverReport>> runs = List.of(threads.submit(recover), threads.submit(recover));
            start.countDown();
            List<RecoverReport> reports = new ArrayList<>();
            for (Future<RecoverReport> run : runs) {
                reports.add(run.get());
            }
            assertEquals(1, reports.stream().filter(report -> !report.nothingToDo()).count(), reports.toString());
            RecoverReport idle = reports.stream().filter(RecoverReport::nothingToDo).findFirst().orElseThrow();
            assertEquals(DatabaseState.IN_SYNC, idle.before());
        } finally {
            threads.shutdownNow();
        }
        assertEquals("3", database.queryValue("SELECT count(*) FROM flyway_schema_history WHERE success"));
    }
}
