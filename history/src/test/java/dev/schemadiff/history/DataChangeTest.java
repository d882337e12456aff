package dev.schemadiff.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A stamped migration that changes rows is named, with its statements: those rows never reach the database. */
@ExtendWith(PostgresExtension.class)
class DataChangeTest {
    @TempDir
    Path temp;

    @Test
    void stampingAnInsertWarns(TestDatabase database) throws Exception {
        Path migrations = Sample.copyOfMigrations(temp.resolve("migration"));
        Sample.write(migrations, "V4__seed_tags.sql", """
                INSERT INTO tag (name, color) VALUES ('java', '#b07219'), ('sql', '#e38c00');
                UPDATE tag SET color = upper(color);
                """);
        // The schema was made by hand (hbm2ddl, a copy from another environment): no history at all.
        database.execute(Sample.sql("V1__users_and_candidates.sql") + Sample.sql("V2__candidate_expectations.sql")
                + Sample.sql("V3__jobs_skills_and_tags.sql"));

        RecoverReport report = FlywayRecoverTest.recover(database, FlywayRecoverTest.options(database, migrations));

        assertEquals(DatabaseState.UNTRACKED, report.before());
        assertEquals(List.of("1", "2", "3", "4"), report.verified());
        assertEquals(1, report.dataChanges().size(), report.dataChanges().toString());
        DataChange seed = report.dataChanges().get(0);
        assertEquals("4", seed.version());
        assertEquals(2, seed.inserted());
        assertEquals(2, seed.updated());
        assertEquals(0, seed.deleted());
        assertEquals(2, seed.statements().size());
        assertTrue(seed.statements().get(0).startsWith("INSERT INTO tag"), seed.statements().toString());
        assertEquals("0", database.queryValue("SELECT count(*) FROM tag"), "the seed rows were not applied");
    }
}
