package dev.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.reader.hibernate.HibernateDdl;
import dev.schemadiff.testkit.GeneratedModel;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code --source} end to end: entity sources read without a build plan what their compiled classes plan. */
@ExtendWith(PostgresExtension.class)
class SourcePlanTest {
    private static final Path MODULE = Path.of(System.getProperty("user.dir"));
    private static final Path SAMPLE_SOURCES = MODULE.resolveSibling("samples/recruiting/src/main/java");
    private static final Path DRIFTED_SQL = MODULE.resolveSibling("samples/recruiting/drifted.sql");

    @TempDir
    Path home;

    private CliRun run(String... args) {
        return CliRun.run(Map.of("HOME", home.toString(), "USER", "tester"), args);
    }

    private static String url(TestDatabase database) {
        return Fixtures.url("postgres", database, database.name());
    }

    @Test
    void sourcesPlanNothingAgainstHibernatesOwnSchemaOfTheSample(TestDatabase database) {
        database.execute(new HibernateDdl().createScript(
                ModelReaderOptions.of(List.of(Fixtures.recruitingClasses()), NamingMode.SPRING)));

        CliRun plan = run("plan", "--source", SAMPLE_SOURCES.toString(), "--db", url(database), "--detailed-exitcode");

        assertEquals(0, plan.exitCode(), plan::toString);
        assertTrue(plan.err().contains("reading entities from " + SAMPLE_SOURCES), plan::toString);
        assertTrue(plan.err().contains("nothing to do: the database matches the entities"), plan::toString);
    }

    @Test
    void sourcesPlanNothingAgainstHibernatesOwnSchemaOfAGeneratedModel(TestDatabase database) {
        GeneratedModel model = GeneratedModel.write(40, 11L, home.resolve("model")).compile();
        database.execute(new HibernateDdl().createScript(
                ModelReaderOptions.of(List.of(model.classesDir()), NamingMode.JPA)));

        CliRun plan = run("plan", "--source", model.sourceRoot().toString(), "--naming", "jpa", "--db", url(database),
                "--detailed-exitcode");

        assertEquals(0, plan.exitCode(), plan::toString);
        assertTrue(plan.err().contains("nothing to do: the database matches the entities"), plan::toString);
    }

    @Test
    void quoteAllPlansNothingAgainstHibernatesQuotedSchemaFromSourcesAndClasses(TestDatabase database) {
        database.execute(new HibernateDdl().createScript(
                ModelReaderOptions.of(List.of(Fixtures.recruitingClasses()), NamingMode.JPA).withQuoteAll(true)));

        CliRun fromSources = run("plan", "--source", SAMPLE_SOURCES.toString(), "--naming", "jpa", "--quote-all",
                "--db", url(database), "--detailed-exitcode");
        CliRun fromClasses = run("plan", "--classes", Fixtures.recruitingClasses().toString(), "--naming", "jpa",
                "--quote-all", "--db", url(database), "--detailed-exitcode");
        CliRun unquoted = run("plan", "--source", SAMPLE_SOURCES.toString(), "--naming", "jpa",
                "--db", url(database), "--detailed-exitcode");

        assertEquals(0, fromSources.exitCode(), fromSources::toString);
        assertEquals(0, fromClasses.exitCode(), fromClasses::toString);
        // without the option, the mixed-case tables ("Candidate") are not the folded ones it expects
        assertEquals(2, unquoted.exitCode(), unquoted::toString);
    }

    @Test
    void theSamplePlanFromSourcesEqualsThePlanFromClasses(TestDatabase database) throws IOException {
        database.execute(Files.readString(DRIFTED_SQL));

        CliRun fromClasses = run("plan", "--classes", Fixtures.recruitingClasses().toString(), "--db", url(database),
                "--format", "json", "--detailed-exitcode");
        CliRun fromSources = run("plan", "--source", SAMPLE_SOURCES.toString(), "--db", url(database),
                "--format", "json", "--detailed-exitcode");

        assertEquals(2, fromClasses.exitCode(), fromClasses::toString);
        assertEquals(fromClasses.exitCode(), fromSources.exitCode(), fromSources::toString);
        assertEquals(fromClasses.out(), fromSources.out());
        assertEquals(findings(fromClasses), findings(fromSources));
    }

    @Test
    void aNamePostgresqlWouldTruncateIsNamedInAWarningLine(TestDatabase database) throws IOException {
        Path entity = home.resolve("src/com/acme/Archive.java");
        Files.createDirectories(entity.getParent());
        Files.writeString(entity, """
                package com.acme;

                @jakarta.persistence.Entity
                @jakarta.persistence.Table(name = "customer_loyalty_programme_membership_archive_with_sixty_four_by")
                public class Archive {
                    @jakarta.persistence.Id
                    private Long id;
                }
                """);

        CliRun plan = run("plan", "--source", home.resolve("src").toString(), "--db", url(database));

        assertEquals(0, plan.exitCode(), plan::toString);
        assertTrue(plan.errLines().contains("warning: table public."
                + "customer_loyalty_programme_membership_archive_with_sixty_four_by is 64 bytes;"
                + " PostgreSQL keeps the first 63: \"customer_loyalty_programme_membership_archive_with_sixty_four_b\""),
                plan::toString);
        assertTrue(plan.out().contains("customer_loyalty_programme_membership_archive_with_sixty_four_b"),
                plan::toString);
    }

    private static List<String> findings(CliRun run) {
        return run.errLines().stream().filter(line -> line.startsWith("! ")).toList();
    }
}
