package dev.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.json.JsonParser;
import dev.schemadiff.schema.change.ChangeKind;
import dev.schemadiff.schema.change.FindingKind;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** plan and apply end to end: the recruiting sample against the drifted database of the field story. */
@ExtendWith(PostgresExtension.class)
class PlanApplyTest {
    private static final Path DRIFTED_SQL = Path.of(System.getProperty("user.dir"))
            .resolveSibling("samples/recruiting/drifted.sql");

    @TempDir
    Path home;

    private CliRun run(String... args) {
        return CliRun.run(Map.of("HOME", home.toString(), "USER", "tester"), args);
    }

    private static TestDatabase drifted(TestDatabase database) throws IOException {
        database.execute(Files.readString(DRIFTED_SQL));
        return database;
    }

    private static String[] args(TestDatabase database, String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--classes",
                Fixtures.recruitingClasses().toString(), "--db", Fixtures.url("postgres", database, database.name())));
        args.addAll(Arrays.asList(more));
        return args.toArray(String[]::new);
    }

    @Test
    void planPrintsSqlAndLeavesTheDatabaseAlone(TestDatabase database) throws IOException {
        drifted(database);
        CliRun plan = run(args(database, "plan"));
        assertEquals(0, plan.exitCode(), plan::toString);
        assertTrue(plan.out().contains("expected_wage"), plan::toString);
        assertTrue(plan.out().contains("COMMIT;"), plan::toString);
        assertFalse(plan.out().contains("reading"), "stdout carries the plan only: " + plan);
        assertTrue(plan.err().contains("reading entities from "), plan::toString);
        assertTrue(plan.err().contains("reading catalog of schemas [public]"), plan::toString);
        assertTrue(plan.errLines().stream().anyMatch(line -> line.startsWith("! extra_column public.candidate.legacy_ref")),
                plan::toString);
        assertEquals("0", database.queryValue("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_name = 'candidate' AND column_name = 'expected_wage'"), "plan never writes");

        CliRun detailed = run(args(database, "plan", "--detailed-exitcode"));
        assertEquals(2, detailed.exitCode(), detailed::toString);
        assertEquals(plan.out(), detailed.out());
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonParsesToTheDocumentedKeys(TestDatabase database) throws IOException {
        drifted(database);
        CliRun plan = run(args(database, "plan", "--format", "json"));
        assertEquals(0, plan.exitCode(), plan::toString);
        Map<String, Object> document = (Map<String, Object>) JsonParser.parse(plan.out());
        assertTrue(document.keySet().containsAll(List.of("catalogFingerprint", "changes", "findings")), plan::toString);
        assertTrue(((String) document.get("catalogFingerprint")).matches("[0-9a-f]{64}"), plan::toString);

        Set<String> changeKinds = Arrays.stream(ChangeKind.values()).map(ChangeKind::jsonName).collect(Collectors.toSet());
        List<Map<String, Object>> changes = (List<Map<String, Object>>) document.get("changes");
        assertFalse(changes.isEmpty(), plan::toString);
        for (Map<String, Object> change : changes) {
            assertTrue(changeKinds.contains(change.get("kind")), change::toString);
            assertFalse(((List<?>) change.get("sql")).isEmpty(), change::toString);
        }
        assertTrue(changes.stream().anyMatch(c -> c.get("kind").equals("add_column")
                && c.get("table").equals("public.candidate") && c.get("column").equals("expected_wage")
                && c.get("origin").equals("Candidate.expectedWage")), plan::toString);
        assertTrue(changes.stream().anyMatch(c -> c.get("kind").equals("create_table")
                && c.get("table").equals("public.tag")), plan::toString);

        Set<String> findingKinds = Arrays.stream(FindingKind.values()).map(FindingKind::jsonName).collect(Collectors.toSet());
        List<Map<String, Object>> findings = (List<Map<String, Object>>) document.get("findings");
        for (Map<String, Object> finding : findings) {
            assertTrue(findingKinds.contains(finding.get("kind")), finding::toString);
            assertTrue(finding.keySet().containsAll(List.of("table", "expected", "actual")), finding::toString);
        }
        assertTrue(findings.stream().anyMatch(f -> f.get("kind").equals("extra_column")
                && f.get("table").equals("public.candidate") && f.get("column").equals("legacy_ref")), plan::toString);
    }

    @Test
    void applyThenPlanIsInSync(TestDatabase database) throws IOException {
        drifted(database);
        CliRun apply = run(args(database, "apply", "--fill", "candidate.full_name='unknown'", "--lock-timeout", "2s"));
        assertEquals(0, apply.exitCode(), apply::toString);
        assertTrue(apply.out().lines().anyMatch(
                line -> line.equals("+ add column public.candidate.expected_wage character varying(120)")), apply::toString);
        assertTrue(apply.out().lines().anyMatch(line -> line.startsWith("+ create table public.tag ")), apply::toString);
        assertTrue(apply.out().lines().anyMatch(line -> line.startsWith("applied ")), apply::toString);
        assertEquals("unknown", database.queryValue("SELECT DISTINCT full_name FROM candidate"));

        CliRun plan = run(args(database, "plan", "--detailed-exitcode"));
        assertEquals(0, plan.exitCode(), plan::toString);
        assertTrue(plan.err().contains("no changes to apply") || plan.err().contains("nothing to do"), plan::toString);
        CliRun strict = run(args(database, "plan", "--strict"));
        assertEquals(2, strict.exitCode(), "the drift findings remain: " + strict);

        CliRun again = run(args(database, "apply"));
        assertEquals(0, again.exitCode(), again::toString);
        assertEquals("nothing to do: the database matches the entities", again.out().strip(), again::toString);
    }

    @Test
    void applyReportsConstraintsLeftNotValid(TestDatabase database) throws IOException {
        drifted(database).execute("CREATE TABLE candidate_skill (candidate_id bigint NOT NULL,"
                + " skill varchar(80) NOT NULL, PRIMARY KEY (candidate_id, skill));"
                + " INSERT INTO candidate_skill VALUES (998, 'java'), (999, 'sql');");
        CliRun apply = run(args(database, "apply", "--fill", "candidate.full_name='unknown'"));
        assertEquals(0, apply.exitCode(), apply::toString);
        assertTrue(apply.out().lines().anyMatch(line -> line.startsWith("~ ") && line.contains(" on public.candidate_skill"
                + " left NOT VALID: 2 existing rows violate it; fix those rows")), apply::toString);
    }

    @Test
    void markdownGoesToTheOutFile(TestDatabase database) throws IOException {
        drifted(database);
        Path report = home.resolve("plan.md");
        CliRun plan = run(args(database, "plan", "--format", "markdown", "--out", report.toString()));
        assertEquals(0, plan.exitCode(), plan::toString);
        assertEquals("", plan.out());
        String md = Files.readString(report);
        assertTrue(md.startsWith("# schemadiff plan\n"), md);
        assertTrue(md.contains("\n## public.candidate\n"), md);
        assertTrue(md.contains("```sql\n"), md);
    }

    @Test
    void embeddedDatabaseWithInit() {
        CliRun plan = run("plan", "--classes", Fixtures.recruitingClasses().toString(), "--db", "embedded",
                "--init", DRIFTED_SQL.toString(), "--detailed-exitcode");
        assertEquals(2, plan.exitCode(), plan::toString);
        assertTrue(plan.out().contains("expected_wage"), plan::toString);
        assertTrue(plan.err().contains("started embedded PostgreSQL on port "), plan::toString);
    }
}
