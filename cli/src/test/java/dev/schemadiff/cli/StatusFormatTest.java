package dev.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.history.DatabaseState;
import dev.schemadiff.history.Gap;
import dev.schemadiff.history.MigrationEntry;
import dev.schemadiff.history.MigrationEntry.Status;
import dev.schemadiff.history.ServerFacts;
import dev.schemadiff.history.StatusReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The three status formats of one report, against golden files in {@code src/test/resources/golden/status/}.
 * Run with {@code -Dgolden.update=true} to rewrite them, then review them in the diff.
 */
class StatusFormatTest {
    private static final StatusReport ORPHANED_REPORT = new StatusReport(
            new ServerFacts("recruiting", "app", "17.6"), "Flyway", "public.flyway_schema_history",
            List.of("public.flyway_schema_history"),
            List.of(new MigrationEntry("1", "users and candidates", Status.APPLIED, "V1__users_and_candidates.sql"),
                    new MigrationEntry("2", "candidate expectations", Status.PENDING, "V2__candidate_expectations.sql"),
                    new MigrationEntry("3", "jobs skills and tags", Status.PENDING, "V3__jobs_skills_and_tags.sql"),
                    new MigrationEntry("9", "hotfix", Status.MISSING_FILE,
                            "recorded as V9__hotfix.sql, which is not among the files")),
            List.of(), List.of("repeatable migration R__views.sql is not verified"), List.of("2"),
            List.of(new Gap("public.candidate.profile_status", "missing column character varying(20) NOT NULL")),
            null,
            List.of("role app does not own table public.candidate (owner postgres); ALTER TABLE and CREATE INDEX need"
                    + " ownership: run as postgres or ALTER TABLE public.candidate OWNER TO app"),
            DatabaseState.ORPHANED);

    @ParameterizedTest(name = "{0}")
    @EnumSource(StatusFormat.class)
    void rendersAsTheGoldenFileSays(StatusFormat format) throws Exception {
        String rendered = format.render(ORPHANED_REPORT).replace(System.lineSeparator(), "\n");
        Path file = Path.of("src/test/resources/golden/status/" + format.name().toLowerCase(java.util.Locale.ROOT)
                + (format == StatusFormat.JSON ? ".json" : format == StatusFormat.MARKDOWN ? ".md" : ".txt"));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), file + " is missing: run the tests with -Dgolden.update=true to write it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), rendered);
    }
}
