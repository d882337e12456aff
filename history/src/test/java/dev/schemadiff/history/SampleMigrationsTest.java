package dev.schemadiff.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.catalog.PgCatalogReader;
import dev.schemadiff.diff.DiffOptions;
import dev.schemadiff.diff.SchemaDiffer;
import dev.schemadiff.schema.change.ChangeSet;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sample's Flyway migrations, run by Flyway, build exactly the schema the sample's entities map. */
@ExtendWith(PostgresExtension.class)
class SampleMigrationsTest {

    @Test
    void migrationsBuildTheEntitiesSchema(TestDatabase database) throws Exception {
        assertEquals(3, Databases.flyway(database, Sample.migrations()).load().migrate().migrationsExecuted);
        try (Connection connection = database.connect()) {
            ChangeSet diff = new SchemaDiffer().diff(Sample.entities(),
                    new PgCatalogReader().read(connection, List.of("public")), DiffOptions.defaults());
            assertEquals(List.of(), diff.changes());
            assertEquals(List.of(), diff.findings());
        }
    }
}
