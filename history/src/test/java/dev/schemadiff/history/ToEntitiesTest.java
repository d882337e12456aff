package dev.schemadiff.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code --to-entities}: reconcile to the entities, then stamp the latest version only when verified. */
@ExtendWith(PostgresExtension.class)
class ToEntitiesTest {
    @TempDir
    Path temp;

    @Test
    void stampsTheLatestVersionWhenTheMigrationsSchemaIsContained(TestDatabase database) throws Exception {
        database.execute(Sample.sql("V1__users_and_candidates.sql"));
        RecoveryOptions options = FlywayRecoverTest.options(database, Sample.migrations())
                .withEntities(Sample.entities()).withToEntities(true);

        RecoverReport report = FlywayRecoverTest.recover(database, options);

        assertTrue(report.reconcile().plan().hasStatements());
        assertEquals(List.of("1", "2", "3"), report.stamped().stream().map(StampedVersion::version).toList());
        assertEquals(List.of(), report.migrated());
        assertTrue(Databases.flyway(database, Sample.migrations()).load().validateWithResult().validationSuccessful);
    }

    @Test
    void refusesWhenTheMigrationsMakeMoreThanTheEntitiesUnlessForced(TestDatabase database) throws Exception {
        Path migrations = Sample.copyOfMigrations(temp.resolve("migration"));
        Sample.write(migrations, "V4__tag_descriptions.sql", "ALTER TABLE tag ADD COLUMN description text;\n");
        database.execute(Sample.sql("V1__users_and_candidates.sql"));
        RecoveryOptions options = FlywayRecoverTest.options(database, migrations)
                .withEntities(Sample.entities()).withToEntities(true);

        SchemaDiffException refused = assertThrows(SchemaDiffException.class,
                () -> FlywayRecoverTest.recover(database, options));
        assertEquals(ErrorCode.APPLY, refused.code());
        assertTrue(refused.getMessage().contains("public.tag.description: missing column text"), refused.getMessage());
        assertTrue(refused.getMessage().contains("--force-stamp"), refused.getMessage());
        assertEquals("f", database.queryValue("SELECT to_regclass('flyway_schema_history') IS NOT NULL"));

        RecoverReport forced = FlywayRecoverTest.recover(database, options.withForceStamp(true));
        assertEquals(List.of("1", "2", "3", "4"), forced.stamped().stream().map(StampedVersion::version).toList());
        assertEquals(List.of(new Gap("public.tag.description", "missing column text")), forced.forcedGaps());
    }
}
