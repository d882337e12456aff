package dev.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.emit.Hazard;
import dev.schemadiff.emit.SqlScript;
import dev.schemadiff.json.JsonParser;
import dev.schemadiff.schema.change.SchemaChange;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The plan formats and one-line descriptions, on a hand-built plan with a change of every kind. */
class PlanRenderingTest {
    private static final Set<String> CHANGE_KEYS = Set.of("kind", "table", "column", "name", "origin", "hazards", "sql");
    private static final Set<String> FINDING_KEYS =
            Set.of("kind", "table", "column", "expected", "actual", "origin", "followUp", "followUpAdvice");

    @Test
    void sampleCoversEveryChangeKind() {
        Set<Class<?>> covered = SamplePlan.CHANGES.stream().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(Set.of(SchemaChange.class.getPermittedSubclasses()), covered);
    }

    static Stream<Arguments> descriptions() {
        return Stream.of(
                Arguments.of(SamplePlan.CREATE_SCHEMA, "create schema hr", "null null hr"),
                Arguments.of(SamplePlan.CREATE_SEQUENCE, "create sequence public.candidate_seq (start 1, increment 50)",
                        "null null public.candidate_seq"),
                Arguments.of(SamplePlan.CREATE_TABLE, "create table public.tag (2 columns)", "public.tag null null"),
                Arguments.of(SamplePlan.ADD_COLUMN, "add column public.candidate.expected_wage character varying(120)",
                        "public.candidate expected_wage null"),
                Arguments.of(SamplePlan.ADD_PRIMITIVE,
                        "add column public.candidate.years integer not null (existing rows get 0)",
                        "public.candidate years null"),
                Arguments.of(SamplePlan.ADD_PRIMARY_KEY, "add primary key job_pkey on hr.job (id)", "hr.job null job_pkey"),
                Arguments.of(SamplePlan.ADD_UNIQUE, "add unique uk_candidate_user on public.candidate (user_id)",
                        "public.candidate null uk_candidate_user"),
                Arguments.of(SamplePlan.CREATE_INDEX, "create index idx_name on public.candidate (full_name, id DESC)",
                        "public.candidate null idx_name"),
                Arguments.of(SamplePlan.ADD_CHECK,
                        "add check candidate_status_check on public.candidate (status IN ('draft', 'open|closed'))",
                        "public.candidate null candidate_status_check"),
                Arguments.of(SamplePlan.ADD_FOREIGN_KEY,
                        "add foreign key fk_candidate_user on public.candidate (user_id) references public.users (id)",
                        "public.candidate null fk_candidate_user"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("descriptions")
    void describesEveryChange(SchemaChange change, String description, String subject) {
        assertEquals(description, ChangeText.describe(change));
        ChangeText.Subject actual = ChangeText.subject(change);
        assertEquals(subject, actual.table() + " " + actual.column() + " " + actual.name());
    }

    @Test
    void describesFindings() {
        assertEquals("type_mismatch public.candidate.full_name: entity Candidate.fullName wants character varying(255),"
                + " database has text", ChangeText.describe(SamplePlan.TYPE_MISMATCH));
        assertEquals("extra_column public.candidate.legacy: database has integer, which no entity maps (kept)",
                ChangeText.describe(SamplePlan.EXTRA_COLUMN));
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonHasTheDocumentedShape() {
        Map<String, Object> document = (Map<String, Object>) JsonParser.parse(
                PlanJson.render(SamplePlan.result(), SamplePlan.PROVENANCE));
        assertEquals(List.of("formatVersion", "catalogFingerprint", "changes", "findings"), List.copyOf(document.keySet()));
        assertEquals(1L, document.get("formatVersion"));
        assertEquals(SamplePlan.result().catalogFingerprint(), document.get("catalogFingerprint"));

        List<Map<String, Object>> changes = (List<Map<String, Object>>) document.get("changes");
        assertEquals(List.of("create_schema", "create_sequence", "create_table", "add_column", "add_column",
                "add_primary_key", "add_unique", "create_index", "add_check", "add_foreign_key"),
                changes.stream().map(c -> c.get("kind")).toList());
        changes.forEach(change -> assertTrue(CHANGE_KEYS.containsAll(change.keySet()), change::toString));
        changes.forEach(change -> assertTrue(change.keySet().containsAll(List.of("kind", "hazards", "sql")),
                change::toString));

        assertEquals(Map.of("kind", "create_schema", "name", "hr", "hazards", List.of(), "sql", List.of("CREATE SCHEMA hr")),
                changes.get(0));
        assertEquals("Tag", changes.get(2).get("origin"));
        assertEquals(Map.of("kind", "add_column", "table", "public.candidate", "column", "expected_wage",
                "origin", "Candidate.expectedWage", "hazards", List.of("access_exclusive_lock"),
                "sql", List.of("ALTER TABLE public.candidate ADD COLUMN expected_wage character varying(120)")),
                changes.get(3));
        assertEquals(2, ((List<?>) changes.get(4).get("sql")).size(), "both statements of a change");
        assertEquals(Map.of("kind", "add_foreign_key", "table", "public.candidate", "name", "fk_candidate_user",
                "hazards", List.of("validation_scans_table"), "sql", List.of(
                        "ALTER TABLE public.candidate ADD CONSTRAINT fk_candidate_user FOREIGN KEY (user_id)"
                                + " REFERENCES public.users (id) NOT VALID",
                        "ALTER TABLE public.candidate VALIDATE CONSTRAINT fk_candidate_user")),
                changes.get(9));
        assertTrue(((String) ((List<?>) changes.get(2).get("sql")).get(0)).contains("\n    id bigint"),
                "multi-line SQL survives escaping");

        List<Map<String, Object>> findings = (List<Map<String, Object>>) document.get("findings");
        findings.forEach(finding -> assertTrue(FINDING_KEYS.containsAll(finding.keySet()), finding::toString));
        assertEquals(Map.of("kind", "type_mismatch", "table", "public.candidate", "column", "full_name",
                "expected", "character varying(255)", "actual", "text", "origin", "Candidate.fullName"), findings.get(0));
        Map<String, Object> drift = findings.get(1);
        assertTrue(drift.containsKey("expected") && drift.get("expected") == null, "expected is null for drift");
        assertEquals(List.of("UPDATE public.candidate SET status = 'draft' WHERE status IS NULL",
                "ALTER TABLE public.candidate ALTER COLUMN status SET NOT NULL"), findings.get(2).get("followUp"));
        assertEquals("Replace the value, or make the attribute nullable.", findings.get(2).get("followUpAdvice"));
    }

    @Test
    void jsonOfAnInSyncPlanIsEmpty() {
        Map<?, ?> document = (Map<?, ?>) JsonParser.parse(PlanJson.render(SamplePlan.inSync(), SamplePlan.PROVENANCE));
        assertEquals(List.of(), document.get("changes"));
        assertEquals(List.of(), document.get("findings"));
    }

    @Test
    void markdownIsAReviewableReport() {
        String md = PlanMarkdown.render(SamplePlan.result(), SamplePlan.PROVENANCE);
        assertTrue(md.startsWith("# schemadiff plan\n\n| Change | Count |\n|---|---:|\n"), md);
        assertTrue(md.contains("| add_column | 2 |\n"), md);
        assertTrue(md.contains("| **changes** | **10** |\n| statements | 12 |\n| findings | 3 |\n"), md);
        List<String> sections = md.lines().filter(line -> line.startsWith("## ")).toList();
        assertEquals(List.of("## Schemas and sequences", "## hr.job", "## public.candidate", "## public.tag"), sections);
        assertTrue(md.contains("\n## public.tag\n\nEntity: `Tag`\n"), md);
        assertTrue(md.contains("### add column public.candidate.expected_wage character varying(120)\n\n"
                + "From `Candidate.expectedWage`.\n\n"
                + "> **Hazard:** " + Hazard.ACCESS_EXCLUSIVE_LOCK.description() + "\n\n"
                + "```sql\nALTER TABLE public.candidate ADD COLUMN expected_wage character varying(120);\n```\n"), md);
        assertTrue(md.contains("| type_mismatch | `full_name` | `character varying(255)` | `text` | `Candidate.fullName` |"),
                md);
        assertTrue(md.contains("| extra_column | `legacy` | — | `integer` | — |"), md);
        assertTrue(md.contains("Follow-up for needs_backfill on `public.candidate.status` (not run by schemadiff):"
                + " Replace the value, or make the attribute nullable.\n\n"
                + "```sql\nUPDATE public.candidate SET status = 'draft' WHERE status IS NULL;\n"), md);
        assertEquals(md.split("```sql", -1).length - 1, md.split("\n```\n", -1).length - 1, "every fence is closed");
    }

    @Test
    void markdownSaysWhenNothingIsToDo() {
        String md = PlanMarkdown.render(SamplePlan.inSync(), SamplePlan.PROVENANCE);
        assertTrue(md.contains("Nothing to do: the database matches the entities."), md);
        assertFalse(md.contains("## "), md);
    }

    @Test
    void sqlFormatIsTheEmittersScript() {
        assertEquals(SqlScript.render(SamplePlan.result().plan()),
                OutputFormat.SQL.render(SamplePlan.result(), SamplePlan.PROVENANCE));
    }
}
