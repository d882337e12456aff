package dev.schemadiff.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.api.SchemaDiff;
import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.reader.hibernate.HibernateModelReader;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resources running out mid-apply. A full disk cannot be caused safely here; what comes closest is a
 * server-side limit that fails a statement the way a full disk fails it: {@code temp_file_limit} (an
 * index build spilling to disk) and {@code statement_timeout}. Both abort the statement with an ERROR,
 * so the transaction rolls back whole. (A full WAL disk makes PostgreSQL PANIC and restart, which reaches
 * apply as a lost connection: see {@link ConnectionCutTest}.)
 */
@ExtendWith(PostgresExtension.class)
class ResourceLimitsTest {
    @TempDir
    Path home;

    @Test
    void anIndexBuildThatRunsOutOfTempSpaceChangesNothing(TestDatabase db) {
        Recruiting.load(db, 100_000);
        // the unique key on users.email is missing, so apply builds its index over 100,000 rows
        db.execute("ALTER TABLE users DROP CONSTRAINT users_email_key;"
                + "ALTER DATABASE " + db.name() + " SET maintenance_work_mem = '1MB';"
                + "ALTER DATABASE " + db.name() + " SET max_parallel_maintenance_workers = 0;"
                + "ALTER DATABASE " + db.name() + " SET temp_file_limit = '100kB'");
        DatabaseState before = DatabaseState.take(db, Recruiting.SCHEMAS);

        InProcessCli apply = InProcessCli.run(home, Recruiting.apply(db));

        DatabaseState after = DatabaseState.takeComparedTo(db, before, Recruiting.SCHEMAS);
        boolean passed = apply.exitCode() == 1 && apply.lastErrLine().contains("failed: ERROR: temporary file size"
                + " exceeds temp_file_limit (100kB); rolled back, nothing was changed") && after.equals(before);
        Trials.record("temp space exhausted mid-apply", passed, "refused", !after.rows().equals(before.rows()));
        assertEquals(1, apply.exitCode(), apply::toString);
        assertEquals("schemadiff: error: applying 'ALTER TABLE public.users ADD CONSTRAINT users_email_key"
                + " UNIQUE (email)' failed: ERROR: temporary file size exceeds temp_file_limit (100kB); rolled back,"
                + " nothing was changed", apply.lastErrLine());
        assertEquals(before, after);
    }

    @Test
    void aStatementTimeoutRollsBackEverything(TestDatabase db) throws Exception {
        Recruiting.load(db, 1_000);
        DatabaseState before = DatabaseState.take(db, Recruiting.SCHEMAS);
        ExpectedSchema expected = new HibernateModelReader().read(
                ModelReaderOptions.of(List.of(Recruiting.classes()), NamingMode.SPRING));
        PlanOptions slowFill = new PlanOptions(List.of(), Map.of(new ColumnRef(QualifiedName.of("public", "candidate"),
                "full_name"), "(SELECT 'x' FROM pg_sleep(3))"), PlanOptions.DEFAULT_LOCK_TIMEOUT, Duration.ofMillis(300));

        SchemaDiffException failure;
        try (Connection connection = db.connect()) {
            failure = assertThrows(SchemaDiffException.class, () -> SchemaDiff.apply(connection, expected, slowFill));
        }

        DatabaseState after = DatabaseState.takeComparedTo(db, before, Recruiting.SCHEMAS);
        String message = "statement timed out: UPDATE public.candidate SET full_name = ((SELECT 'x' FROM pg_sleep(3)))"
                + " WHERE full_name IS NULL; nothing was changed; raise the statement timeout";
        Trials.record("statement timeout mid-apply", failure.getMessage().equals(message) && after.equals(before),
                "refused", !after.rows().equals(before.rows()));
        assertEquals(ErrorCode.APPLY, failure.code());
        assertEquals(message, failure.getMessage());
        assertEquals(before, after);
    }
}
