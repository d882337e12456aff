package dev.schemadiff.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MigrationCheck} on the recruiting sample: its migrations replayed (on the test server, beside the
 * test database) and compared with its entities, in both directions.
 */
@ExtendWith(PostgresExtension.class)
class MigrationCheckTest {
    private static final Path GOLDEN = Path.of("src/test/resources/check");
    private static final Path CHANGELOG = Path.of("src/test/resources/liquibase/changelog.sql");

    @TempDir
    Path temp;

    @Test
    void theSampleMigrationsAgreeWithTheEntities(TestDatabase database) throws Exception {
        CheckReport report = check(database, new MigrationSource.Flyway(Sample.migrations()));

        assertEquals(List.of(), report.disagreements());
        assertEquals(List.of("1", "2", "3"), report.replayed());
        assertTrue(report.agrees());
    }

    @Test
    void aMissingMigrationIsNamedByEntityAttribute(TestDatabase database) throws Exception {
        Path migrations = Sample.copyOfMigrations(temp.resolve("migrations"));
        Files.delete(migrations.resolve("V2__candidate_expectations.sql"));

        CheckReport report = check(database, new MigrationSource.Flyway(migrations));

        assertEquals(List.of(
                "Candidate.contactCurrentEmployer → candidate.contact_current_employer: no migration creates it (boolean NOT NULL)",
                "Candidate.expectedWage → candidate.expected_wage: no migration creates it (character varying(120))",
                "Candidate.profileStatus → candidate.profile_status: no migration creates it (character varying(20) NOT NULL)"),
                report.disagreements().stream().map(Disagreement::toString).toList());
        assertEquals(List.of(Disagreement.Kind.NOT_CREATED),
                report.disagreements().stream().map(Disagreement::kind).distinct().toList());
    }

    @Test
    void whatTheMigrationsCreateAndNoEntityMapsIsReported(TestDatabase database) throws Exception {
        Path migrations = Sample.copyOfMigrations(temp.resolve("migrations"));
        Sample.write(migrations, "V4__audit.sql", """
                CREATE TABLE audit_log (id bigint PRIMARY KEY, happened_at timestamp NOT NULL);
                ALTER TABLE tag ADD COLUMN legacy_code text;
                ALTER TABLE candidate ALTER COLUMN city TYPE text;
                ALTER TABLE candidate ALTER COLUMN full_name DROP NOT NULL;
                """);

        CheckReport report = check(database, new MigrationSource.Flyway(migrations));

        assertEquals(List.of(
                "Candidate.address.city → candidate.city: type mismatch: the entity maps character varying(255), the"
                        + " migrations create text",
                "Candidate.fullName → candidate.full_name: nullability mismatch: the entity maps NOT NULL, the migrations"
                        + " create NULL",
                "audit_log: a migration creates it (2 columns), no entity maps it",
                "tag.legacy_code: a migration creates it (text), no entity maps it"),
                report.disagreements().stream().map(Disagreement::toString).toList());
        assertEquals(0, report.missing().statements().size());
    }

    @Test
    void liquibaseChangelogsAreCheckedToo(TestDatabase database) throws Exception {
        Path changelog = temp.resolve("changelog.sql");
        // The sample changelog without changeset 2.
        String full = Files.readString(CHANGELOG, StandardCharsets.UTF_8);
        Files.writeString(changelog, full.substring(0, full.indexOf("--changeset recruiting:2"))
                + full.substring(full.indexOf("--changeset recruiting:3")), StandardCharsets.UTF_8);

        CheckReport report = check(database, new MigrationSource.Liquibase(changelog));

        assertEquals("Liquibase", report.tool());
        assertEquals(3, report.disagreements(Disagreement.Kind.NOT_CREATED).size(), report.disagreements().toString());
        assertEquals(List.of(), check(database, new MigrationSource.Liquibase(CHANGELOG)).disagreements());
    }

    @Test
    void theWrittenMigrationIsTheEmittedSqlAsTheNextVersion(TestDatabase database) throws Exception {
        Path migrations = Sample.copyOfMigrations(temp.resolve("migrations"));
        Files.delete(migrations.resolve("V3__jobs_skills_and_tags.sql"));
        Files.delete(migrations.resolve("V2__candidate_expectations.sql"));
        CheckOptions options = CheckOptions.of(new MigrationSource.Flyway(migrations), Sample.entities())
                .withScratch(Databases.scratchBeside(database));

        Path written = MigrationCheck.writeMigration(MigrationCheck.check(options), migrations, List.of());

        assertEquals("V2__schemadiff.sql", written.getFileName().toString());
        Golden.assertMatches(GOLDEN.resolve("V2__schemadiff.sql"), Files.readString(written, StandardCharsets.UTF_8));
        // Flyway itself runs it after V1, and then the migrations agree with the entities.
        assertEquals(2, Databases.flyway(database, migrations).load().migrate().migrationsExecuted);
        assertEquals(List.of(), MigrationCheck.check(options).disagreements());
        SchemaDiffException again = assertThrows(SchemaDiffException.class,
                () -> MigrationCheck.writeMigration(MigrationCheck.check(options), migrations, List.of()));
        assertTrue(again.getMessage().startsWith("nothing to write"), again.getMessage());
    }

    @Test
    void aNotNullColumnIsWrittenOnlyWithAValueForExistingRows(TestDatabase database) throws Exception {
        Path migrations = Sample.copyOfMigrations(temp.resolve("migrations"));
        Path first = migrations.resolve("V1__users_and_candidates.sql");
        Files.writeString(first, Files.readString(first).replace("    full_name varchar(255) NOT NULL,\n", ""));
        CheckOptions options = CheckOptions.of(new MigrationSource.Flyway(migrations), Sample.entities())
                .withScratch(Databases.scratchBeside(database));

        SchemaDiffException refused = assertThrows(SchemaDiffException.class,
                () -> MigrationCheck.writeMigration(MigrationCheck.check(options), migrations, List.of()));
        assertEquals(ErrorCode.USAGE, refused.code());
        assertTrue(refused.getMessage().contains("NOT NULL column candidate.full_name without a value"),
                refused.getMessage());
        assertEquals(3, Files.list(migrations).count());

        CheckOptions filled = options.withPlan(new PlanOptions(List.of(), Map.of(new ColumnRef(
                QualifiedName.of("public", "candidate"), "full_name"), "'unknown'"), Duration.ofSeconds(5), Duration.ZERO));
        Path written = MigrationCheck.writeMigration(MigrationCheck.check(filled), migrations, List.of());
        assertEquals("V4__schemadiff.sql", written.getFileName().toString());
        assertTrue(Files.readString(written).contains("UPDATE public.candidate SET full_name = ('unknown') WHERE full_name IS NULL;"),
                Files.readString(written));
        database.execute(Files.readString(first) + "INSERT INTO users (email, password_hash, role, active)"
                + " VALUES ('ada@example.com', 'x', 'CANDIDATE', true);"
                + " INSERT INTO candidate (id, user_id, years_of_experience, version) VALUES (1, 1, 12, 0);");
        // A database with rows, at V1: Flyway runs V2, V3 and the written V4 on it.
        assertEquals(3, Databases.flyway(database, migrations).baselineOnMigrate(true).baselineVersion("1").load()
                .migrate().migrationsExecuted);
        assertEquals("unknown", database.queryValue("SELECT full_name FROM candidate"));
    }

    @Test
    void brokenSqlInAMigrationIsOneLineNamingTheFile(TestDatabase database) throws Exception {
        Path migrations = Sample.copyOfMigrations(temp.resolve("migrations"));
        Sample.write(migrations, "V4__typo.sql", "ALTER TABLE tag ADD COLUM description text;\n");

        SchemaDiffException failure = assertThrows(SchemaDiffException.class,
                () -> check(database, new MigrationSource.Flyway(migrations)));

        assertEquals(ErrorCode.USAGE, failure.code());
        assertTrue(failure.getMessage().contains("V4__typo.sql"), failure.getMessage());
        assertEquals(1, failure.getMessage().lines().count(), failure.getMessage());
    }

    private static CheckReport check(TestDatabase database, MigrationSource source) throws Exception {
        return MigrationCheck.check(CheckOptions.of(source, Sample.entities()).withScratch(Databases.scratchBeside(database)));
    }
}
