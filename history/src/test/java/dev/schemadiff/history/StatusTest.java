package dev.schemadiff.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.history.MigrationEntry.Status;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each state status tells apart, set up the way it happens in the field; then recover, after which
 * status says IN_SYNC and Flyway's own validate passes.
 */
@ExtendWith(PostgresExtension.class)
class StatusTest {
    @TempDir
    Path temp;

    /** Prepares the database and returns the migration directory to check it against. */
    @FunctionalInterface
    interface Setup {
        Path prepare(TestDatabase database, Path temp) throws Exception;
    }

    record Case(String name, DatabaseState expected, Status entryStatus, String entryVersion, Setup setup) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("empty database", DatabaseState.FRESH, Status.PENDING, "1", (db, temp) -> Sample.migrations()),
                new Case("V1 applied, V2 and V3 absent", DatabaseState.PENDING, Status.PENDING, "2", (db, temp) -> {
                    Databases.flyway(db, Sample.migrations()).target("1").load().migrate();
                    return Sample.migrations();
                }),
                new Case("everything applied", DatabaseState.IN_SYNC, Status.APPLIED, "3", (db, temp) -> {
                    Databases.flyway(db, Sample.migrations()).load().migrate();
                    return Sample.migrations();
                }),
                new Case("tables made by hand, no history", DatabaseState.UNTRACKED, Status.PENDING, "1", (db, temp) -> {
                    db.execute(Sample.sql("V1__users_and_candidates.sql") + Sample.sql("V2__candidate_expectations.sql"));
                    return Sample.migrations();
                }),
                new Case("V2's columns partly added by hand", DatabaseState.BEHIND, Status.PENDING, "2", (db, temp) -> {
                    Databases.flyway(db, Sample.migrations()).target("1").load().migrate();
                    db.execute(FlywayRecoverTest.HOTFIX);
                    return Sample.migrations();
                }),
                new Case("V3 failed half-way (non-transactional)", DatabaseState.BEHIND, Status.FAILED, "3", StatusTest::failedV3),
                new Case("V4 recorded, its file deleted", DatabaseState.ORPHANED, Status.MISSING_FILE, "4", (db, temp) -> {
                    Path withV4 = Sample.copyOfMigrations(temp.resolve("with-v4"));
                    Sample.write(withV4, "V4__tag_descriptions.sql", "ALTER TABLE tag ADD COLUMN description text;\n");
                    Databases.flyway(db, withV4).load().migrate();
                    return Sample.migrations();
                }),
                new Case("V1 edited after it ran", DatabaseState.ORPHANED, Status.CHECKSUM_MISMATCH, "1", (db, temp) -> {
                    Path edited = Sample.copyOfMigrations(temp.resolve("edited"));
                    Databases.flyway(db, edited).load().migrate();
                    Sample.write(edited, "V1__users_and_candidates.sql",
                            "-- reviewed\n" + Sample.sql("V1__users_and_candidates.sql"));
                    return edited;
                }),
                new Case("a recorded migration's column dropped", DatabaseState.DRIFTED, Status.APPLIED, "3", (db, temp) -> {
                    Databases.flyway(db, Sample.migrations()).load().migrate();
                    db.execute("ALTER TABLE tag DROP COLUMN color");
                    return Sample.migrations();
                }));
    }

    /**
     * candidate_job_tag made by hand collides in a V3 that runs outside a transaction: the objects V3
     * created before it stay, and Flyway records the failure (it keeps the row only without its default
     * transactional lock, whose rollback would take the row along).
     */
    static Path failedV3(TestDatabase database, Path temp) {
        Path migrations = Sample.copyOfMigrations(temp.resolve("non-transactional"));
        Sample.write(migrations, "V3__jobs_skills_and_tags.sql.conf", "executeInTransaction=false\n");
        Databases.flyway(database, migrations).target("2").load().migrate();
        database.execute("""
                CREATE TABLE candidate_job_tag (candidate_job_id bigint NOT NULL, tag_id varchar(40) NOT NULL,
                                                PRIMARY KEY (candidate_job_id, tag_id))""");
        try {
            FluentConfiguration flyway = Databases.flyway(database, migrations);
            flyway.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
            flyway.load().migrate();
            throw new AssertionError("V3 should have collided with candidate_job_tag");
        } catch (FlywayException expected) {
            // SQLSTATE 42P07: relation "candidate_job_tag" already exists
        }
        return migrations;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void classifiesThenRecovers(Case scenario, TestDatabase database) throws Exception {
        Path migrations = scenario.setup().prepare(database, temp);
        RecoveryOptions options = FlywayRecoverTest.options(database, migrations);

        StatusReport before = status(database, options);
        assertEquals(scenario.expected(), before.state(), before.toString());
        assertEquals(scenario.entryStatus(), before.migrations().stream()
                .filter(entry -> entry.version().equals(scenario.entryVersion())).findFirst().orElseThrow().status());
        assertEquals(scenario.expected().actionNeeded(), !List.of(DatabaseState.FRESH, DatabaseState.PENDING,
                DatabaseState.IN_SYNC).contains(before.state()));

        FlywayRecoverTest.recover(database, options);

        StatusReport after = status(database, options);
        assertEquals(DatabaseState.IN_SYNC, after.state(), after.toString());
        assertTrue(Databases.flyway(database, migrations).load().validateWithResult().validationSuccessful);
    }

    static StatusReport status(TestDatabase database, RecoveryOptions options) throws Exception {
        try (Connection connection = database.connect()) {
            return MigrationHistory.status(connection, options);
        }
    }
}
