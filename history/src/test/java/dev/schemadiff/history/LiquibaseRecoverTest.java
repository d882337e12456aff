package dev.schemadiff.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.ChangeSetStatus;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Recover with a Liquibase changelog: what it records is what {@code changelog-sync} would, and
 * Liquibase's own status, run the way an application runs it (the changelog from the classpath),
 * finds nothing left to run.
 */
@ExtendWith(PostgresExtension.class)
class LiquibaseRecoverTest {
    /** Under src/test/resources, so it is recorded as {@code liquibase/changelog.sql}, as from the classpath. */
    private static final Path CHANGELOG = Path.of("src/test/resources/liquibase/changelog.sql");

    private static RecoveryOptions options(TestDatabase database) {
        return RecoveryOptions.of(new MigrationSource.Liquibase(CHANGELOG)).withScratch(Databases.scratchBeside(database));
    }

    @Test
    void partlyAppliedChangelogIsSyncedThenUpdated(TestDatabase database) throws Exception {
        database.execute(Sample.sql("V1__users_and_candidates.sql") + FlywayRecoverTest.HOTFIX);

        RecoverReport report = FlywayRecoverTest.recover(database, options(database));

        assertEquals(DatabaseState.UNTRACKED, report.before());
        assertEquals(List.of(id(1)), report.verified());
        assertEquals(List.of(id(2)), report.reconciled());
        assertEquals(List.of(id(3), id(4)), report.migrated(), "Liquibase's own update ran the rest");
        assertEquals(List.of(List.of("1", "EXECUTED"), List.of("2", "EXECUTED"), List.of("3", "EXECUTED"),
                List.of("4", "EXECUTED")), database.query("SELECT id, exectype FROM databasechangelog ORDER BY orderexecuted"));
        assertNothingUnrun(database);
        assertEquals("2", database.queryValue("SELECT count(*) FROM tag"));
    }

    @Test
    void aStampedChangesetThatChangesDataIsMarkRan(TestDatabase database) throws Exception {
        database.execute(Sample.sql("V1__users_and_candidates.sql") + Sample.sql("V2__candidate_expectations.sql")
                + Sample.sql("V3__jobs_skills_and_tags.sql"));

        RecoverReport report = FlywayRecoverTest.recover(database, options(database));

        assertEquals(List.of(id(1), id(2), id(3), id(4)), report.verified());
        assertEquals(List.of(id(4)), report.dataChanges().stream().map(DataChange::version).toList());
        assertEquals(List.of(List.of("3", "EXECUTED"), List.of("4", "MARK_RAN")),
                database.query("SELECT id, exectype FROM databasechangelog WHERE id IN ('3', '4') ORDER BY id"));
        assertNothingUnrun(database);
        assertEquals("0", database.queryValue("SELECT count(*) FROM tag"));
    }

    @Test
    void statusCreatesNoLiquibaseTable(TestDatabase database) throws Exception {
        database.execute(Sample.sql("V1__users_and_candidates.sql"));

        StatusReport status = StatusTest.status(database, options(database));

        assertEquals(DatabaseState.UNTRACKED, status.state());
        assertEquals(List.of(id(1)), status.presentVersions());
        assertEquals(List.of(List.of("f", "f")), database.query("SELECT to_regclass('databasechangelog') IS NOT NULL,"
                + " to_regclass('databasechangeloglock') IS NOT NULL"));
    }

    private static String id(int changeset) {
        return "liquibase/changelog.sql::" + changeset + "::recruiting";
    }

    private static void assertNothingUnrun(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            Database target = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase("liquibase/changelog.sql", new ClassLoaderResourceAccessor(), target);
            List<ChangeSet> unrun = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
            assertEquals(List.of(), unrun);
            for (ChangeSetStatus status : liquibase.getChangeSetStatuses(new Contexts(), new LabelExpression())) {
                assertTrue(status.getPreviouslyRan() && !status.getWillRun(), status.getChangeSet().toString());
            }
        }
    }
}
