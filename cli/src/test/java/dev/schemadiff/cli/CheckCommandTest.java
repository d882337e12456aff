package dev.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.json.JsonParser;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code schemadiff check} on the recruiting sample: a missing migration (exit 2, the precise line), the file
 * {@code --write-migration} writes (golden), real Flyway applying it, then exit 0; extra objects; Liquibase;
 * and bad input (exit 1, one line). Migrations are replayed beside the test database ({@code --scratch-db}).
 */
@ExtendWith(PostgresExtension.class)
class CheckCommandTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/check");

    @TempDir
    Path temp;

    @Test
    void missingMigrationIsReportedThenWrittenThenFlywayAppliesIt(TestDatabase database) throws Exception {
        Path migrations = sampleMigrations();
        Files.delete(migrations.resolve("V2__candidate_expectations.sql"));

        CliRun missing = check(database, "--migrations", migrations.toString());
        assertEquals(Main.CHANGES_PENDING, missing.exitCode(), missing.toString());
        assertEquals(List.of(
                "The Flyway migrations (2 migrations replayed) disagree with the entities (6 tables): 3 disagreements",
                "- Candidate.contactCurrentEmployer → candidate.contact_current_employer: no migration creates it (boolean NOT NULL)",
                "- Candidate.expectedWage → candidate.expected_wage: no migration creates it (character varying(120))",
                "- Candidate.profileStatus → candidate.profile_status: no migration creates it (character varying(20) NOT NULL)"),
                missing.out().lines().toList());

        CliRun written = check(database, "--migrations", migrations.toString(), "--write-migration", migrations.toString());
        assertEquals(Main.CHANGES_PENDING, written.exitCode(), written.toString());
        Path file = migrations.resolve("V4__schemadiff.sql");
        assertTrue(written.err().contains("wrote " + file + ": review it and commit it"), written.toString());
        assertGolden(GOLDEN.resolve("V4__schemadiff.sql"), Files.readString(file, StandardCharsets.UTF_8));

        CliRun again = check(database, "--migrations", migrations.toString(), "--write-migration", migrations.toString());
        assertEquals(Main.SUCCESS, again.exitCode(), again.toString());
        assertTrue(again.err().contains("--write-migration: nothing to write"), again.toString());
        assertEquals(1, Flyway.configure().dataSource(database.jdbcUrl(), null, null)
                .locations("filesystem:" + migrations.toAbsolutePath()).target("1").load().migrate().migrationsExecuted);
        assertEquals(2, Flyway.configure().dataSource(database.jdbcUrl(), null, null)
                .locations("filesystem:" + migrations.toAbsolutePath()).load().migrate().migrationsExecuted);
        CliRun plan = CliRun.run(Map.of(), "plan", "--detailed-exitcode", "--classes",
                Fixtures.recruitingClasses().toString(), "--db", Fixtures.url("postgresql", database, database.name()));
        assertEquals(Main.SUCCESS, plan.exitCode(), "Flyway built what the entities map: " + plan);
    }

    @Test
    void writingNeverOverwritesAFile(TestDatabase database) throws Exception {
        Path migrations = sampleMigrations();
        Files.delete(migrations.resolve("V2__candidate_expectations.sql"));
        Path target = temp.resolve("other");
        Files.createDirectories(target);
        Files.writeString(target.resolve("V4__schemadiff.sql"), "-- mine\n");

        CliRun written = check(database, "--migrations", migrations.toString(), "--write-migration", target.toString());

        assertEquals(Main.CHANGES_PENDING, written.exitCode(), written.toString());
        assertEquals("-- mine\n", Files.readString(target.resolve("V4__schemadiff.sql")));
        assertTrue(Files.exists(target.resolve("V5__schemadiff.sql")), written.toString());
    }

    @Test
    void migrationsThatCreateWhatNoEntityMapsDisagree(TestDatabase database) throws Exception {
        Path migrations = sampleMigrations();
        Files.writeString(migrations.resolve("V4__audit.sql"), "CREATE TABLE audit_log (id bigint PRIMARY KEY, at timestamp);\n");

        CliRun extra = check(database, "--migrations", migrations.toString(), "--format", "json");

        assertEquals(Main.CHANGES_PENDING, extra.exitCode(), extra.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonParser.parse(extra.out());
        assertEquals(List.of("1", "2", "3", "4"), json.get("replayed"));
        assertEquals(false, json.get("agrees"));
        assertEquals(List.of(Map.of("kind", "not_mapped", "object", "audit_log",
                        "detail", "a migration creates it (2 columns), no entity maps it",
                        "text", "audit_log: a migration creates it (2 columns), no entity maps it")),
                ((List<?>) json.get("disagreements")).stream().map(entry -> withoutNulls((Map<?, ?>) entry)).toList());
        assertEquals(null, json.get("missingSql"));
    }

    @Test
    void liquibaseChangelogsAreCheckedButNotWritten(TestDatabase database) throws Exception {
        Path changelog = temp.resolve("changelog.sql");
        StringBuilder text = new StringBuilder("--liquibase formatted sql\n");
        try (Stream<Path> files = Files.list(sampleMigrations())) {
            int id = 1;
            for (Path file : files.sorted().toList()) {
                text.append("\n--changeset recruiting:").append(id++).append('\n').append(Files.readString(file));
            }
        }
        Files.writeString(changelog, text);

        CliRun agrees = check(database, "--migrations", "liquibase:" + changelog, "--format", "markdown");
        assertEquals(Main.SUCCESS, agrees.exitCode(), agrees.toString());
        assertEquals("## schemadiff check\n\nThe Liquibase migrations (3 migrations replayed) build exactly what the"
                + " entities (6 tables) map\n", agrees.out());

        CliRun write = check(database, "--migrations", "liquibase:" + changelog, "--write-migration", temp.toString());
        assertEquals(Main.ERROR, write.exitCode(), write.toString());
        assertEquals("schemadiff: error: --write-migration writes Flyway files only, and liquibase:" + changelog
                + " holds Liquibase migrations; check without it", write.lastErrLine());
    }

    static Stream<BadInput> badInputs() {
        return Stream.of(
                new BadInput("missing directory", (temp, migrations) -> List.of("--migrations", temp.resolve("nope").toString()),
                        "schemadiff: error: " + "%TEMP%/nope does not exist; use flyway:DIR, liquibase:CHANGELOG,"
                                + " alembic:DIR or alembic:REV"),
                new BadInput("broken SQL", (temp, migrations) -> {
                    write(migrations.resolve("V4__typo.sql"), "ALTER TABLE tag ADD COLUM description text;\n");
                    return List.of("--migrations", migrations.toString());
                }, "schemadiff: error: replaying the Flyway migrations of %MIGRATIONS% into an empty scratch database"
                        + " failed: Failed to execute script V4__typo.sql (ERROR: syntax error at or near \"text\"); the files must build the schema from nothing"),
                new BadInput("alembic", (temp, migrations) -> {
                    write(temp.resolve("versions/1a2b3c4d5e6f_init.py"), "revision = '1a2b3c4d5e6f'\ndown_revision = None\n");
                    return List.of("--migrations", temp.resolve("versions").toString());
                }, "schemadiff: error: check replays migrations, and Alembic's are Python, which schemadiff does not"
                        + " run; check Flyway or Liquibase migrations, or compare a database Alembic migrated with"
                        + " schemadiff plan"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsOneLineAndExitOne(BadInput input, TestDatabase database) throws Exception {
        Path migrations = sampleMigrations();
        CliRun run = check(database, input.arguments().arguments(temp, migrations).toArray(String[]::new));

        assertEquals(Main.ERROR, run.exitCode(), run.toString());
        assertEquals(input.error().replace("%TEMP%", temp.toString()).replace("%MIGRATIONS%", migrations.toString()),
                run.lastErrLine());
        assertFalse(run.err().contains("\tat "), "no stack trace without --verbose: " + run);
        assertEquals("", run.out());
    }

    record BadInput(String name, Arguments arguments, String error) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Arguments {
        List<String> arguments(Path temp, Path migrations) throws IOException;
    }

    private CliRun check(TestDatabase database, String... args) {
        String[] all = Stream.concat(Stream.of("check", "--classes", Fixtures.recruitingClasses().toString(),
                "--scratch-db", Fixtures.url("postgresql", database, database.name())), Stream.of(args))
                .toArray(String[]::new);
        return CliRun.run(Map.of(), all);
    }

    private Path sampleMigrations() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("samples/recruiting"))) {
            dir = dir.getParent();
        }
        Path target = temp.resolve("migration-" + System.nanoTime());
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(dir.resolve("samples/recruiting/src/main/resources/db/migration"))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Map<?, ?> withoutNulls(Map<?, ?> map) {
        Map<Object, Object> copy = new java.util.LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (value != null) {
                copy.put(key, value);
            }
        });
        return copy;
    }

    private static void assertGolden(Path file, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), file + " is missing: run the tests with -Dgolden.update=true to write it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual);
    }
}
