package dev.schemadiff.api;

import static dev.schemadiff.api.RoundTripTest.apply;
import static dev.schemadiff.api.RoundTripTest.plan;
import static dev.schemadiff.api.RoundTripTest.readCatalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.reader.hibernate.HibernateModelReader;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.change.AddColumn;
import dev.schemadiff.schema.change.AddColumn.NotNullMode;
import dev.schemadiff.schema.change.CreateTable;
import dev.schemadiff.schema.change.Finding;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The field story on the recruiting sample: plan, apply, and the guarantees around apply. */
@ExtendWith(PostgresExtension.class)
class RecruitingApplyTest {
    private static final QualifiedName CANDIDATE = QualifiedName.of("public", "candidate");
    private static ExpectedSchema expected;

    @BeforeAll
    static void readEntities() throws Exception {
        expected = new HibernateModelReader().read(
                ModelReaderOptions.of(List.of(Samples.recruitingClasses()), NamingMode.SPRING));
    }

    private static void loadDrifted(TestDatabase db) throws Exception {
        db.execute(Files.readString(Samples.recruitingFile("drifted.sql")));
    }

    @Test
    void planAddsWhatIsMissingAndReportsTheRest(TestDatabase db) throws Exception {
        loadDrifted(db);
        String fingerprint = readCatalog(db, expected).fingerprint();

        PlanResult result = plan(db, expected, PlanOptions.defaults());

        Map<String, NotNullMode> added = result.changes().changes().stream()
                .filter(AddColumn.class::isInstance).map(AddColumn.class::cast)
                .filter(c -> c.table().equals(CANDIDATE))
                .collect(Collectors.toMap(c -> c.column().name(), AddColumn::mode));
        assertEquals(Map.of(
                "expected_wage", NotNullMode.AS_MODELLED,
                "profile_status", NotNullMode.AS_MODELLED,
                "contact_current_employer", NotNullMode.TEMPORARY_DEFAULT,
                "years_of_experience", NotNullMode.TEMPORARY_DEFAULT,
                "full_name", NotNullMode.DEFERRED), added);
        assertEquals(Set.of("candidate_job", "candidate_job_tag", "candidate_skill", "tag"), createdTables(result));
        assertEquals(Set.of(
                        "needs_backfill public.candidate.full_name",
                        "type_mismatch public.users.email",
                        "extra_column public.candidate.legacy_ref"),
                findings(result));
        assertEquals(fingerprint, readCatalog(db, expected).fingerprint(), "plan never writes");
    }

    @Test
    void applyWithFillReachesTheModelAndKeepsEveryRow(TestDatabase db) throws Exception {
        loadDrifted(db);
        String before = db.queryValue("SELECT string_agg(id || '/' || user_id || '/' || coalesce(legacy_ref, '-'), ',' ORDER BY id) FROM candidate");

        ApplyReport report = apply(db, expected, fill("full_name", "'unknown'"));

        assertTrue(report.changed());
        assertEquals(before, db.queryValue("SELECT string_agg(id || '/' || user_id || '/' || coalesce(legacy_ref, '-'), ',' ORDER BY id) FROM candidate"));
        assertEquals("unknown|false|0|draft", db.queryValue(
                "SELECT DISTINCT full_name || '|' || contact_current_employer || '|' || years_of_experience || '|' || profile_status FROM candidate"));
        assertEquals("NO", db.queryValue("SELECT is_nullable FROM information_schema.columns WHERE table_name = 'candidate' AND column_name = 'full_name'"));
        assertEquals(null, db.queryValue("SELECT column_default FROM information_schema.columns WHERE table_name = 'candidate' AND column_name = 'years_of_experience'"),
                "the temporary default is gone again, as the entity has none");

        PlanResult after = plan(db, expected, PlanOptions.defaults());
        assertEquals(List.of(), after.changes().changes());
        assertEquals(Set.of("type_mismatch public.users.email", "extra_column public.candidate.legacy_ref"), findings(after));
        assertFalse(apply(db, expected, PlanOptions.defaults()).changed(), "a second apply does nothing");
    }

    @Test
    void applyWithoutFillAddsTheColumnNullableAndSaysSo(TestDatabase db) throws Exception {
        loadDrifted(db);
        apply(db, expected, PlanOptions.defaults());
        assertEquals("YES", db.queryValue("SELECT is_nullable FROM information_schema.columns WHERE table_name = 'candidate' AND column_name = 'full_name'"));
        assertTrue(findings(plan(db, expected, PlanOptions.defaults())).contains("nullability_mismatch public.candidate.full_name"));
    }

    @Test
    void orphanRowsKeepANewForeignKeyNotValid(TestDatabase db) throws Exception {
        loadDrifted(db);
        db.execute("ALTER TABLE candidate DROP CONSTRAINT candidate_user_id_fkey;"
                + "INSERT INTO candidate (id, user_id, version) VALUES (3, 99, 0)");

        ApplyReport report = apply(db, expected, fill("full_name", "'unknown'"));

        assertEquals(1, report.notValidated().size(), report.notValidated().toString());
        assertEquals(1, report.notValidated().get(0).violatingRows());
        assertEquals("f", db.queryValue("SELECT convalidated FROM pg_constraint WHERE conrelid = 'candidate'::regclass AND contype = 'f'"));
        assertTrue(findings(plan(db, expected, PlanOptions.defaults())).contains("constraint_not_validated public.candidate"));
    }

    @Test
    void aHeldLockTimesOutAndNothingIsApplied(TestDatabase db) throws Exception {
        loadDrifted(db);
        try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("LOCK TABLE candidate IN ACCESS SHARE MODE");
            PlanOptions quick = new PlanOptions(List.of(), Map.of(), Duration.ofMillis(300), Duration.ZERO);
            SchemaDiffException error = assertThrows(SchemaDiffException.class, () -> apply(db, expected, quick));
            assertEquals(ErrorCode.LOCK_TIMEOUT, error.code());
            holder.rollback();
        }
        assertEquals("0", db.queryValue("SELECT count(*) FROM information_schema.tables WHERE table_name = 'candidate_job'"),
                "all or nothing: the tables created before the lock wait were rolled back");
    }

    @Test
    void aRoleWithoutOwnershipIsStoppedBeforeAnyWrite(TestDatabase db) throws Exception {
        loadDrifted(db);
        db.execute("CREATE ROLE schemadiff_app LOGIN; GRANT CREATE, USAGE ON SCHEMA public TO schemadiff_app");
        String url = db.jdbcUrl().replace("user=postgres", "user=schemadiff_app");
        SchemaDiffException error;
        try (Connection app = DriverManager.getConnection(url)) {
            error = assertThrows(SchemaDiffException.class,
                    () -> SchemaDiff.apply(app, expected, PlanOptions.defaults()));
        }
        assertEquals(ErrorCode.PERMISSION, error.code());
        assertTrue(error.getMessage().contains("does not own table public.candidate"), error.getMessage());
        assertEquals("0", db.queryValue("SELECT count(*) FROM information_schema.tables WHERE table_name = 'candidate_job'"));
    }

    @Test
    void twoAppliesAtOnceSerializeAndTheSecondFindsNothingToDo(TestDatabase db) throws Exception {
        loadDrifted(db);
        PlanOptions options = fill("full_name", "'unknown'");
        Callable<Boolean> applyOnce = () -> apply(db, expected, options).changed();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = pool.invokeAll(List.of(applyOnce, applyOnce));
            long changed = 0;
            for (Future<Boolean> result : results) {
                changed += result.get() ? 1 : 0;
            }
            assertEquals(1, changed, "exactly one apply changed something");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), plan(db, expected, PlanOptions.defaults()).changes().changes());
    }

    private static PlanOptions fill(String column, String value) {
        return new PlanOptions(List.of(), Map.of(new ColumnRef(CANDIDATE, column), value),
                PlanOptions.DEFAULT_LOCK_TIMEOUT, Duration.ZERO);
    }

    private static Set<String> createdTables(PlanResult result) {
        return result.changes().changes().stream().filter(CreateTable.class::isInstance)
                .map(c -> ((CreateTable) c).table().name().name()).collect(Collectors.toSet());
    }

    private static Set<String> findings(PlanResult result) {
        return result.changes().findings().stream().map(RecruitingApplyTest::describe).collect(Collectors.toSet());
    }

    private static String describe(Finding finding) {
        return finding.kind().jsonName() + " " + finding.table() + (finding.column() == null ? "" : "." + finding.column());
    }
}
