package dev.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --version} names the versions this build pins, found on the classpath, without a server. */
class VersionReportTest {

    @Test
    void versionListsTheToolAndEveryLibraryThatShapesAPlan() {
        CliRun run = CliRun.run(Map.of(), "--version");

        assertEquals(0, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals("schemadiff " + System.getProperty("expected.schemadiff.version"), lines.get(0));
        assertEquals(List.of(
                line("Hibernate ORM", System.getProperty("expected.hibernate.version")),
                line("PostgreSQL JDBC", System.getProperty("expected.pgjdbc.version")),
                line("Flyway", System.getProperty("expected.flyway.version")),
                line("Liquibase", System.getProperty("expected.liquibase.version")),
                line("embedded PostgreSQL", System.getProperty("expected.postgres.version"))), lines.subList(1, 6));
        assertTrue(lines.get(6).startsWith("  Java"), run.toString());
        assertEquals("", run.err());
    }

    @Test
    void aSubcommandPrintsTheSameReport() {
        assertEquals(CliRun.run(Map.of(), "--version").out(), CliRun.run(Map.of(), "status", "--version").out());
    }

    @Test
    void librariesMissingFromTheClasspathAreSaidToBe() {
        // a loader that sees no application jar: only the JDK
        String[] report = new VersionReport(ClassLoader.getPlatformClassLoader()).getVersion();

        assertEquals("schemadiff (development build)", report[0]);
        for (String name : List.of("Hibernate ORM", "PostgreSQL JDBC", "Flyway", "Liquibase", "embedded PostgreSQL")) {
            assertTrue(List.of(report).contains(line(name, VersionReport.ABSENT)), String.join("\n", report));
        }
    }

    private static String line(String name, String version) {
        return String.format("  %-20s %s", name, version);
    }
}
