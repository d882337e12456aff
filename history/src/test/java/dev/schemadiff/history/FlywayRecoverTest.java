package dev.schemadiff.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.api.SchemaDiff;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Recover against real Flyway: the field story, refusals, and what Flyway thinks afterwards. */
@ExtendWith(PostgresExtension.class)
class FlywayRecoverTest {
    /** What the team did by hand before the V2 deploy: the two columns the release adds. */
    static final String HOTFIX = """
            ALTER TABLE candidate ADD COLUMN expected_wage varchar(120);
            ALTER TABLE candidate ADD COLUMN contact_current_employer boolean NOT NULL DEFAULT false;
            INSERT INTO users (email, password_hash, role, active) VALUES ('ada@example.com', 'x', 'CANDIDATE', true);
            INSERT INTO candidate (id, user_id, full_name, years_of_experience, version, expected_wage)
                VALUES (1, 1, 'Ada Lovelace', 12, 0, '90k');
            """;

    @TempDir
    Path temp;

    static RecoveryOptions options(TestDatabase database, Path migrations) {
        return RecoveryOptions.of(new MigrationSource.Flyway(migrations)).withScratch(Databases.scratchBeside(database));
    }

    static RecoverReport recover(TestDatabase database, RecoveryOptions options) throws SQLException {
        try (Connection connection = database.connect()) {
            return MigrationHistory.recover(connection, options);
        }
    }

    @Test
    void fieldStory(TestDatabase database) throws Exception {
        Path migrations = Sample.copyOfMigrations(temp.resolve("migration"));
        Databases.flyway(database, migrations).target("1").load().migrate();
        database.execute(HOTFIX);

        FlywayException failure = assertThrows(FlywayException.class,
                () -> Databases.flyway(database, migrations).load().migrate());
        SQLException cause = sqlCause(failure);
        assertEquals("42701", cause.getSQLState());
        assertTrue(cause.getMessage().contains("column \"expected_wage\" of relation \"candidate\" already exists"),
                cause.getMessage());

        RecoverReport report = recover(database, options(database, migrations));

        assertEquals(DatabaseState.BEHIND, report.before());
        assertEquals(List.of("2"), report.reconciled(), "V2 existed in part: profile_status was added");
        assertEquals(List.of("2"), report.stamped().stream().map(StampedVersion::version).toList());
        assertEquals(List.of("3"), report.migrated(), "V3's objects were absent: Flyway ran it");
        Flyway flyway = Databases.flyway(database, migrations).load();
        assertTrue(flyway.validateWithResult().validationSuccessful, flyway.validateWithResult().getAllErrorMessages());
        assertEquals(0, flyway.migrate().migrationsExecuted);
        assertEquals("90k", database.queryValue("SELECT expected_wage FROM candidate WHERE id = 1"));
        assertEquals("draft", database.queryValue("SELECT profile_status FROM candidate WHERE id = 1"));

        Sample.write(migrations, "V4__tag_descriptions.sql", "ALTER TABLE tag ADD COLUMN description text;\n");
        assertEquals(1, Databases.flyway(database, migrations).load().migrate().migrationsExecuted);
        try (Connection connection = database.connect()) {
            assertFalse(SchemaDiff.plan(connection, Sample.entities(), PlanOptions.defaults()).plan().hasStatements());
        }
    }

    @Test
    void aPartlyPresentVersionThatNeedsValuesIsRefusedBeforeAnyWrite(TestDatabase database) throws Exception {
        Path migrations = Sample.migrations();
        Databases.flyway(database, migrations).target("1").load().migrate();
        // Only expected_wage by hand: contact_current_employer (NOT NULL, no default) would need a value.
        database.execute(HOTFIX.lines().filter(line -> !line.contains("contact_current_employer"))
                .reduce("", (a, b) -> a + b + "\n"));
        String historyBefore = database.queryValue("SELECT count(*) FROM flyway_schema_history");

        SchemaDiffException refused = assertThrows(SchemaDiffException.class,
                () -> recover(database, options(database, migrations)));

        assertEquals(ErrorCode.APPLY, refused.code());
        assertTrue(refused.getMessage().contains("public.candidate.contact_current_employer"), refused.getMessage());
        assertTrue(refused.getMessage().contains("nothing was changed"), refused.getMessage());
        assertEquals(historyBefore, database.queryValue("SELECT count(*) FROM flyway_schema_history"));
        assertEquals("0", database.queryValue("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_name = 'candidate' AND column_name = 'profile_status'"));

        // The entities know the field is a Java boolean: existing rows get false, and recover completes V2.
        RecoverReport report = recover(database, options(database, migrations).withEntities(Sample.entities()));
        assertEquals(List.of("2"), report.reconciled());
        assertEquals("false", database.queryValue("SELECT contact_current_employer::text FROM candidate WHERE id = 1"));
    }

    @Test
    void dryRunWritesNothing(TestDatabase database) throws Exception {
        Path migrations = Sample.migrations();
        Databases.flyway(database, migrations).target("1").load().migrate();
        database.execute(HOTFIX);

        RecoverReport report = recover(database, options(database, migrations).withDryRun(true));

        assertTrue(report.dryRun());
        assertTrue(report.reconcile().script().contains("ADD COLUMN IF NOT EXISTS profile_status"),
                report.reconcile().script());
        assertEquals(List.of("2"), report.stamped().stream().map(StampedVersion::version).toList());
        assertTrue(report.stamped().get(0).row().contains("V2__candidate_expectations.sql"), report.stamped().toString());
        assertEquals("1", database.queryValue("SELECT count(*) FROM flyway_schema_history"));
        assertEquals("0", database.queryValue("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_name = 'candidate' AND column_name = 'profile_status'"));
    }

    private static SQLException sqlCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        throw new AssertionError("no SQLException in " + error, error);
    }
}
