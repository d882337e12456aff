package dev.schemadiff.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a real CLI process at random points of {@code recover} and of {@code apply --stamp}:
 * while it replays the migrations in a scratch database, while it completes what a version lacks, while it
 * writes the history, while Flyway runs the rest. Whatever the moment, the database must be in one of the
 * states a step boundary leaves (as before, completed but not yet recorded, recovered), the history must
 * never claim a version whose objects are missing, every pre-existing row must be intact, and a re-run
 * must finish the job.
 */
@ExtendWith(PostgresExtension.class)
class KillDuringRecoverTest {
    private static final int BULK_ROWS = Trials.count(20_000, 50_000);
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String HISTORY_TABLE = "flyway_schema_history";
    /** What the team did by hand before the V2 deploy, as in the field story: two of V2's three columns. */
    private static final String HOTFIX = """
            ALTER TABLE candidate ADD COLUMN expected_wage varchar(120);
            ALTER TABLE candidate ADD COLUMN contact_current_employer boolean NOT NULL DEFAULT false;
            """;

    @TempDir
    Path home;
    @TempDir
    Path work;

    @Test
    void aKilledRecoverLeavesAConsistentHistory(TestDatabase template, TestDatabase admin) throws Exception {
        Path migrations = copyOfMigrations(work.resolve("all"), "V1", "V2", "V3");
        loadFieldStory(template, migrations);
        DatabaseState before = DatabaseState.take(template, Recruiting.SCHEMAS);
        String scratch = Databases.urlOf(admin, "postgres");

        // The step boundaries: V2 completed but nothing recorded (a recover of V1..V2 minus its history
        // rows), and the end state of an undisturbed recover.
        TestDatabase partial = Databases.copy(admin, template, template.name() + "_v2");
        Path upToV2 = copyOfMigrations(work.resolve("v2"), "V1", "V2");
        InProcessCli partialRun = InProcessCli.run(home, recover(partial, upToV2, scratch));
        assertEquals(0, partialRun.exitCode(), partialRun::toString);
        String completed = withoutHistory(DatabaseState.take(partial, Recruiting.SCHEMAS).catalog());
        Databases.drop(admin, partial);

        TestDatabase reference = Databases.copy(admin, template, template.name() + "_ref");
        long millis = timedChildRun(recover(reference, migrations, scratch));
        DatabaseState recovered = DatabaseState.takeComparedTo(reference, before, Recruiting.SCHEMAS);
        assertEquals(rows(before), rows(recovered), "an undisturbed recover keeps every row");
        assertEquals(List.of("1", "2", "3"), recordedVersions(reference));
        Databases.drop(admin, reference);

        List<Boundary> boundaries = List.of(
                new Boundary("as before", withoutHistory(before.catalog()), List.of("1")),
                new Boundary("V2 completed, not recorded", completed, List.of("1")),
                new Boundary("V2 completed and recorded", completed, List.of("1", "2")),
                new Boundary("recovered", withoutHistory(recovered.catalog()), List.of("1", "2", "3")));
        Random random = new Random(20261121L);
        int trials = Trials.count(3, 25);
        for (int trial = 1; trial <= trials; trial++) {
            long delay = random.nextLong(millis * 11 / 10 + 1);
            TestDatabase copy = Databases.copy(admin, template, template.name() + "_r" + trial);
            runTrial("kill -9 during recover", admin, copy, recover(copy, migrations, scratch), delay, before,
                    boundaries, recovered);
        }
    }

    @Test
    void aKilledApplyWithStampLeavesAConsistentHistory(TestDatabase template, TestDatabase admin) throws Exception {
        Path migrations = copyOfMigrations(work.resolve("all"), "V1", "V2", "V3");
        loadFieldStory(template, migrations);
        DatabaseState before = DatabaseState.take(template, Recruiting.SCHEMAS);

        TestDatabase reference = Databases.copy(admin, template, template.name() + "_ref");
        long millis = timedChildRun(applyAndStamp(reference, migrations));
        DatabaseState stamped = DatabaseState.takeComparedTo(reference, before, Recruiting.SCHEMAS);
        assertEquals(rows(before), rows(stamped), "an undisturbed apply keeps every row");
        assertEquals(List.of("1", "2", "3"), recordedVersions(reference));
        Databases.drop(admin, reference);

        String reconciled = withoutHistory(stamped.catalog());
        List<Boundary> boundaries = List.of(
                new Boundary("as before", withoutHistory(before.catalog()), List.of("1")),
                new Boundary("applied, not recorded", reconciled, List.of("1")),
                new Boundary("applied, V2 recorded", reconciled, List.of("1", "2")),
                new Boundary("applied and stamped", reconciled, List.of("1", "2", "3")));
        Random random = new Random(42L);
        int trials = Trials.count(3, 25);
        for (int trial = 1; trial <= trials; trial++) {
            long delay = random.nextLong(millis * 11 / 10 + 1);
            TestDatabase copy = Databases.copy(admin, template, template.name() + "_s" + trial);
            runTrial("kill -9 during apply --stamp", admin, copy, applyAndStamp(copy, migrations), delay, before,
                    boundaries, stamped);
        }
    }

    /**
     * @param catalog  fingerprint of the catalog without the history table
     * @param recorded the versions the history holds as successful at that point
     */
    private record Boundary(String name, String catalog, List<String> recorded) {
    }

    private void runTrial(String scenario, TestDatabase admin, TestDatabase copy, String[] args, long delayMillis,
                          DatabaseState before, List<Boundary> boundaries, DatabaseState done)
            throws InterruptedException {
        ChildCli child = ChildCli.start(home, args);
        Thread.sleep(delayMillis);
        boolean finishedFirst = child.out().contains("recovered in") || child.out().contains("recorded V3");
        child.kill();
        Databases.awaitNoOtherSessions(admin, copy, PATIENCE);

        DatabaseState after = DatabaseState.takeComparedTo(copy, before, Recruiting.SCHEMAS);
        String catalog = withoutHistory(after.catalog());
        List<String> recorded = recordedVersions(copy);
        String outcome = boundaries.stream()
                .filter(boundary -> boundary.catalog().equals(catalog) && boundary.recorded().equals(recorded))
                .map(Boundary::name).findFirst().orElse("INCONSISTENT: history " + recorded);
        long failedRows = Long.parseLong(copy.queryValue("SELECT count(*) FROM " + HISTORY_TABLE + " WHERE NOT success"));
        InProcessCli rerun = InProcessCli.run(home, args);
        DatabaseState afterRerun = DatabaseState.takeComparedTo(copy, before, Recruiting.SCHEMAS);
        boolean rowsIntact = rows(after).equals(rows(before)) && rows(afterRerun).equals(rows(before));
        boolean consistent = !outcome.startsWith("INCONSISTENT") && failedRows == 0;
        boolean passed = consistent && rowsIntact && rerun.exitCode() == 0
                && afterRerun.fingerprint().equals(done.fingerprint())
                && recordedVersions(copy).equals(List.of("1", "2", "3"));
        Trials.record(scenario, passed, outcome + (finishedFirst ? " (had finished)" : ""), !rowsIntact);

        String context = scenario + ", killed " + delayMillis + " ms after start; child stdout:\n" + child.out()
                + "\nchild stderr:\n" + child.err();
        assertTrue(consistent, () -> outcome + ", failed history rows " + failedRows + "; " + context);
        assertEquals(rows(before), rows(after), context);
        assertEquals(0, rerun.exitCode(), () -> context + "\nre-run:\n" + rerun);
        assertEquals(done.fingerprint(), afterRerun.fingerprint(), context);
        assertEquals(List.of("1", "2", "3"), recordedVersions(copy), context);
        assertEquals(rows(before), rows(afterRerun), context);
        Databases.drop(admin, copy);
    }

    /** Runs {@code args} undisturbed in a child JVM, as the trials do, and returns how long it took. */
    private long timedChildRun(String[] args) throws InterruptedException {
        long started = System.nanoTime();
        ChildCli child = ChildCli.start(home, args);
        assertEquals(0, child.waitFor(PATIENCE), child::err);
        return Math.max(1, (System.nanoTime() - started) / 1_000_000);
    }

    /** The V1 release as Flyway ran it, the hotfix, and bulk rows that the recover must keep. */
    private static void loadFieldStory(TestDatabase db, Path migrations) {
        Flyway.configure().dataSource(db.jdbcUrl(), null, null)
                .locations("filesystem:" + migrations.toAbsolutePath()).target("1").load().migrate();
        db.execute(HOTFIX
                + "INSERT INTO users (email, password_hash, role, active, created_at)"
                + " SELECT 'bulk' || i || '@example.com', md5(i::text), 'CANDIDATE', i % 3 = 0,"
                + " timestamptz '2024-01-01 00:00:00+00' + i * interval '1 minute'"
                + " FROM generate_series(1, " + BULK_ROWS + ") AS i;"
                + "INSERT INTO candidate (id, user_id, full_name, years_of_experience, current_salary, city, version,"
                + " expected_wage)"
                + " SELECT u.id, u.id, 'Candidate ' || u.id, u.id % 30, 40000 + u.id % 50000, 'City ' || u.id % 97,"
                + " 0, (50 + u.id % 50) || 'k' FROM users AS u;"
                + "ANALYZE");
    }

    private static String[] recover(TestDatabase db, Path migrations, String scratch) {
        return new String[] {"recover", "--db", db.jdbcUrl(), "--migrations", "flyway:" + migrations,
                "--scratch-db", scratch};
    }

    private static String[] applyAndStamp(TestDatabase db, Path migrations) {
        return Recruiting.args("apply", db, "--stamp", "flyway:" + migrations);
    }

    /** The successful versions of Flyway's history, in the order applied; empty when there is no history. */
    private static List<String> recordedVersions(TestDatabase db) {
        return db.query("SELECT version FROM " + HISTORY_TABLE + " WHERE success AND version IS NOT NULL"
                + " ORDER BY installed_rank").stream().map(row -> row.get(0)).toList();
    }

    /** The application's rows: the history table gains rows by design, checked by {@link #recordedVersions}. */
    private static Map<String, String> rows(DatabaseState state) {
        Map<String, String> rows = new TreeMap<>(state.rows());
        rows.keySet().removeIf(table -> table.endsWith("." + HISTORY_TABLE));
        return rows;
    }

    private static String withoutHistory(SchemaModel catalog) {
        return new SchemaModel(catalog.tables().stream()
                .filter(table -> !table.name().name().equals(HISTORY_TABLE)).toList(), catalog.sequences())
                .fingerprint();
    }

    /** A copy of the sample's migrations whose file names start with one of {@code versions}. */
    private static Path copyOfMigrations(Path target, String... versions) {
        Path source = Recruiting.sampleFile("src/main/resources/db/migration");
        try (Stream<Path> files = Files.list(source)) {
            Files.createDirectories(target);
            List<Path> copied = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (Stream.of(versions).anyMatch(version -> name.startsWith(version + "__"))) {
                    copied.add(Files.copy(file, target.resolve(name)));
                }
            }
            assertEquals(versions.length, copied.size(), "sample migrations " + List.of(versions));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
