package dev.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.json.JsonParser;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The field story from the command line: Flyway dies with 42701, {@code status} says BEHIND (exit 2),
 * {@code recover} exits 0, Flyway's own validate passes, its migrate is a no-op, and a new V4 applies.
 */
@ExtendWith(PostgresExtension.class)
class RecoverCommandTest {
    /** What the team did by hand before the release that adds both columns. */
    private static final String HOTFIX = """
            ALTER TABLE candidate ADD COLUMN expected_wage varchar(120);
            ALTER TABLE candidate ADD COLUMN contact_current_employer boolean NOT NULL DEFAULT false;
            INSERT INTO users (email, password_hash, role, active) VALUES ('ada@example.com', 'x', 'CANDIDATE', true);
            INSERT INTO candidate (id, user_id, full_name, years_of_experience, version)
                VALUES (1, 1, 'Ada Lovelace', 12, 0);
            """;

    @TempDir
    Path temp;

    @Test
    void fieldStory(TestDatabase database) throws Exception {
        Path migrations = copyOfSampleMigrations();
        flyway(database, migrations).target("1").load().migrate();
        database.execute(HOTFIX);
        FlywayException collision = assertThrows(FlywayException.class, () -> flyway(database, migrations).load().migrate());
        assertTrue(causes(collision).contains("column \"expected_wage\" of relation \"candidate\" already exists"));

        CliRun status = run(database, "status", "--migrations", migrations.toString());
        assertEquals(Main.CHANGES_PENDING, status.exitCode(), status.toString());
        assertTrue(status.out().contains("state: BEHIND"), status.toString());
        assertTrue(status.out().contains("already in the database, in whole or in part (recover records them as applied): V2"),
                status.toString());

        CliRun recover = run(database, "recover", "--migrations", migrations.toString());

        assertEquals(Main.SUCCESS, recover.exitCode(), recover.toString());
        assertTrue(recover.out().contains("+ V2: objects existed in part; added the rest:"), recover.toString());
        assertTrue(recover.out().contains("+   add column public.candidate.profile_status"), recover.toString());
        assertTrue(recover.out().contains("recorded V2 in public.flyway_schema_history"), recover.toString());
        assertTrue(recover.out().contains("> Flyway ran V3"), recover.toString());
        Flyway flyway = flyway(database, migrations).load();
        assertTrue(flyway.validateWithResult().validationSuccessful);
        assertEquals(0, flyway.migrate().migrationsExecuted);
        Files.writeString(migrations.resolve("V4__tag_descriptions.sql"), "ALTER TABLE tag ADD COLUMN description text;\n");
        assertEquals(1, flyway(database, migrations).load().migrate().migrationsExecuted);

        CliRun inSync = run(database, "status", "--migrations", migrations.toString(), "--format", "json");
        assertEquals(Main.SUCCESS, inSync.exitCode(), inSync.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonParser.parse(inSync.out());
        assertEquals("in_sync", json.get("state"));
        assertEquals(false, json.get("actionNeeded"));
        CliRun again = run(database, "recover", "--migrations", migrations.toString());
        assertTrue(again.out().contains("nothing to do"), again.toString());
    }

    @Test
    void dryRunPrintsTheSqlAndTheRowsAndWritesNothing(TestDatabase database) throws Exception {
        Path migrations = copyOfSampleMigrations();
        flyway(database, migrations).target("1").load().migrate();
        database.execute(HOTFIX);

        CliRun dryRun = run(database, "recover", "--migrations", "flyway:" + migrations, "--dry-run");

        assertEquals(Main.SUCCESS, dryRun.exitCode(), dryRun.toString());
        assertTrue(dryRun.out().contains("ALTER TABLE public.candidate ADD COLUMN IF NOT EXISTS profile_status"),
                dryRun.toString());
        assertTrue(dryRun.out().contains("-- would record in public.flyway_schema_history: version 2"), dryRun.toString());
        assertEquals("1", database.queryValue("SELECT count(*) FROM flyway_schema_history"));
    }

    @Test
    void statusWritesMarkdownToAFile(TestDatabase database) throws Exception {
        Path report = temp.resolve("status.md");
        CliRun status = run(database, "status", "--migrations", copyOfSampleMigrations().toString(), "--format", "markdown",
                "--output", report.toString());
        assertEquals(Main.SUCCESS, status.exitCode(), status.toString());
        String markdown = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(markdown.startsWith("# Migration status: FRESH"), markdown);
        assertTrue(markdown.contains("| `V1` | pending | users and candidates |"), markdown);
    }

    @Test
    void applyStampsWhatItVerified(TestDatabase database) throws Exception {
        Path migrations = copyOfSampleMigrations();
        flyway(database, migrations).target("1").load().migrate();
        database.execute(HOTFIX);

        CliRun apply = CliRun.run(Map.of(), "apply", "--db", Fixtures.url("postgresql", database, database.name()),
                "--classes", Fixtures.recruitingClasses().toString(), "--stamp", "flyway:" + migrations);

        assertEquals(Main.SUCCESS, apply.exitCode(), apply.toString());
        assertTrue(apply.out().contains("= V2: its objects exist; recorded as applied without running it"), apply.toString());
        assertTrue(apply.out().contains("= V3: its objects exist"), apply.toString());
        Flyway flyway = flyway(database, migrations).load();
        assertTrue(flyway.validateWithResult().validationSuccessful);
        assertEquals(0, flyway.migrate().migrationsExecuted);
    }

    @Test
    void applyStampsAnAlembicRevision(TestDatabase database) {
        CliRun apply = CliRun.run(Map.of(), "apply", "--db", Fixtures.url("postgresql", database, database.name()),
                "--classes", Fixtures.recruitingClasses().toString(), "--stamp", "alembic:ae1027a6acf");

        assertEquals(Main.SUCCESS, apply.exitCode(), apply.toString());
        assertTrue(apply.out().contains("recorded ae1027a6acf in public.alembic_version: version_num ae1027a6acf"),
                apply.toString());
        assertEquals("ae1027a6acf", database.queryValue("SELECT version_num FROM alembic_version"));
    }

    @Test
    void usageErrorsAreOneLine(TestDatabase database) {
        CliRun noMigrations = run(database, "recover");
        assertEquals(Main.ERROR, noMigrations.exitCode());
        assertTrue(noMigrations.lastErrLine().startsWith("schemadiff: error: missing --migrations SOURCE"),
                noMigrations.toString());
        CliRun force = run(database, "recover", "--migrations", copyOfSampleMigrations().toString(), "--force-stamp");
        assertEquals(Main.ERROR, force.exitCode());
        assertTrue(force.lastErrLine().contains("--force-stamp goes with --to-entities"), force.toString());
    }

    private CliRun run(TestDatabase database, String... args) {
        String[] withTargets = Stream.concat(Stream.of(args), Stream.of("--db",
                Fixtures.url("postgresql", database, database.name()),
                "--scratch-db", Fixtures.url("postgresql", database, database.name()))).toArray(String[]::new);
        return CliRun.run(Map.of(), withTargets);
    }

    private Path copyOfSampleMigrations() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("samples/recruiting"))) {
            dir = dir.getParent();
        }
        Path target = temp.resolve("migration-" + System.nanoTime());
        try (Stream<Path> files = Files.list(dir.resolve("samples/recruiting/src/main/resources/db/migration"))) {
            Files.createDirectories(target);
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return target;
    }

    private static FluentConfiguration flyway(TestDatabase database, Path migrations) {
        return Flyway.configure().dataSource(database.jdbcUrl(), null, null)
                .locations("filesystem:" + migrations.toAbsolutePath());
    }

    private static String causes(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append('\n');
        }
        return text.toString();
    }

}
