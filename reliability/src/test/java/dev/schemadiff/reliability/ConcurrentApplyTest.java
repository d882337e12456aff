package dev.schemadiff.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemadiff.api.ApplyReport;
import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.api.SchemaDiff;
import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.reader.hibernate.HibernateModelReader;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight deploys start at the same instant against one database. {@code CREATE ... IF NOT EXISTS} alone
 * does not make that safe in PostgreSQL (the first test shows the race); the advisory lock does: exactly
 * one apply changes anything, the others find nothing to do, and no object exists twice.
 */
@ExtendWith(PostgresExtension.class)
class ConcurrentApplyTest {
    private static final int APPLIES = 8;

    @TempDir
    Path home;

    @Test
    void createTableIfNotExistsAloneRacesInPostgresql(TestDatabase db) throws Exception {
        try (Connection first = db.connect(); Statement firstStatement = first.createStatement();
             Connection second = db.connect(); Statement secondStatement = second.createStatement()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            firstStatement.execute("CREATE TABLE IF NOT EXISTS raced (id bigint)");
            // the second waits on the first's uncommitted catalog row, then collides with it
            CompletableFuture<Void> racing = CompletableFuture.runAsync(() -> {
                try {
                    secondStatement.execute("CREATE TABLE IF NOT EXISTS raced (id bigint)");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            first.commit();
            Exception failure = assertThrows(Exception.class, () -> racing.get(30, TimeUnit.SECONDS));
            SQLException collision = (SQLException) failure.getCause().getCause();
            assertEquals("23505", collision.getSQLState(), collision.getMessage());
        }
    }

    @Test
    void eightAppliesAtOnceChangeTheDatabaseOnce(TestDatabase template, TestDatabase admin) throws Exception {
        template.execute(Recruiting.read(Recruiting.sampleFile("drifted.sql")));
        ExpectedSchema expected = new HibernateModelReader().read(
                ModelReaderOptions.of(List.of(Recruiting.classes()), NamingMode.SPRING));
        PlanOptions options = new PlanOptions(List.of(), Map.of(new ColumnRef(QualifiedName.of("public", "candidate"),
                "full_name"), "'unknown'"), PlanOptions.DEFAULT_LOCK_TIMEOUT, Duration.ZERO);
        DatabaseState before = DatabaseState.take(template, Recruiting.SCHEMAS);
        TestDatabase reference = Databases.copy(admin, template, template.name() + "_ref");
        try (Connection connection = reference.connect()) {
            SchemaDiff.apply(connection, expected, options);
        }
        String reconciled = DatabaseState.take(reference, Recruiting.SCHEMAS).fingerprint();

        int rounds = Trials.count(3, 20);
        ExecutorService pool = Executors.newFixedThreadPool(APPLIES);
        try {
            for (int round = 1; round <= rounds; round++) {
                TestDatabase db = Databases.copy(admin, template, template.name() + "_r" + round);
                CyclicBarrier start = new CyclicBarrier(APPLIES);
                List<Future<Boolean>> changed = new ArrayList<>();
                for (int i = 0; i < APPLIES; i++) {
                    changed.add(pool.submit(() -> {
                        try (Connection connection = db.connect()) {
                            start.await();
                            ApplyReport report = SchemaDiff.apply(connection, expected, options);
                            return report.changed();
                        }
                    }));
                }
                int changers = 0;
                List<String> failures = new ArrayList<>();
                for (Future<Boolean> result : changed) {
                    try {
                        changers += result.get(120, TimeUnit.SECONDS) ? 1 : 0;
                    } catch (Exception e) {
                        failures.add(String.valueOf(e.getCause()));
                    }
                }
                DatabaseState after = DatabaseState.takeComparedTo(db, before, Recruiting.SCHEMAS);
                boolean passed = changers == 1 && failures.isEmpty() && after.fingerprint().equals(reconciled)
                        && after.rows().equals(before.rows());
                Trials.record("8 applies at once", passed, changers + " changed, " + (APPLIES - changers - failures.size())
                        + " nothing to do", !after.rows().equals(before.rows()));
                assertEquals(List.of(), failures);
                assertEquals(1, changers, "exactly one apply changes anything");
                assertEquals(reconciled, after.fingerprint(), "no object twice, none missing");
                assertEquals(before.rows(), after.rows());
                Databases.drop(admin, db);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCommandLineSaysNothingToDoForAllButOne(TestDatabase db) throws Exception {
        db.execute(Recruiting.read(Recruiting.sampleFile("drifted.sql")));
        CyclicBarrier start = new CyclicBarrier(APPLIES);
        ExecutorService pool = Executors.newFixedThreadPool(APPLIES);
        List<Future<InProcessCli>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < APPLIES; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return InProcessCli.run(home, Recruiting.apply(db));
                }));
            }
            int applied = 0;
            int nothingToDo = 0;
            for (Future<InProcessCli> run : runs) {
                InProcessCli result = run.get(120, TimeUnit.SECONDS);
                assertEquals(0, result.exitCode(), result::toString);
                applied += result.out().startsWith("+ ") ? 1 : 0;
                nothingToDo += result.out().equals("nothing to do: the database matches the entities"
                        + System.lineSeparator()) ? 1 : 0;
            }
            Trials.record("8 CLI applies at once", applied == 1 && nothingToDo == APPLIES - 1,
                    applied + " applied, " + nothingToDo + " nothing to do", false);
            assertEquals(1, applied);
            assertEquals(APPLIES - 1, nothingToDo);
        } finally {
            pool.shutdownNow();
        }
    }
}
