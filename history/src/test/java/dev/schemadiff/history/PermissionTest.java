package dev.schemadiff.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A role that may read but not alter: status names what it lacks, recover stops before writing. */
@ExtendWith(PostgresExtension.class)
class PermissionTest {

    @Test
    void statusNamesMissingPrivilegesAndRecoverWritesNothing(TestDatabase database) throws Exception {
        Path migrations = Sample.migrations();
        Databases.flyway(database, migrations).target("1").load().migrate();
        database.execute(FlywayRecoverTest.HOTFIX);
        String role = "app_reader_" + ProcessHandle.current().pid();
        database.execute("CREATE ROLE " + role + " LOGIN; GRANT USAGE ON SCHEMA public TO " + role
                + "; GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + role);
        String url = database.jdbcUrl().replace("user=" + dev.schemadiff.embedded.EmbeddedPostgresServer.SUPERUSER,
                "user=" + role);
        try {
            RecoveryOptions options = FlywayRecoverTest.options(database, migrations);
            StatusReport status;
            try (Connection limited = DriverManager.getConnection(url)) {
                status = MigrationHistory.status(limited, options);
            }
            assertEquals(role, status.server().user());
            String missing = String.join("\n", status.missingPrivileges());
            assertTrue(missing.contains("does not own table public.candidate"), missing);
            assertTrue(missing.contains("lacks INSERT on public.flyway_schema_history"), missing);

            SchemaDiffException denied;
            try (Connection limited = DriverManager.getConnection(url)) {
                denied = assertThrows(SchemaDiffException.class, () -> MigrationHistory.recover(limited, options));
            }
            assertEquals(ErrorCode.PERMISSION, denied.code());
            assertTrue(denied.getMessage().startsWith("permission denied, nothing was changed"), denied.getMessage());
            assertEquals(List.of(List.of("1")), database.query("SELECT version FROM flyway_schema_history"));
            assertEquals("0", database.queryValue("SELECT count(*) FROM information_schema.columns"
                    + " WHERE table_name = 'candidate' AND column_name = 'profile_status'"));
        } finally {
            database.execute("DROP OWNED BY " + role + "; DROP ROLE " + role);
        }
    }
}
