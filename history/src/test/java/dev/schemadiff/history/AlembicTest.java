package dev.schemadiff.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.catalog.PgCatalogReader;
import dev.schemadiff.history.alembic.AlembicRevisions;
import dev.schemadiff.history.alembic.AlembicTool;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Alembic without Python: revisions read from the version files, and a stamp identical to what
 * {@code alembic stamp} writes (golden files made by Alembic itself, see their header).
 */
@ExtendWith(PostgresExtension.class)
class AlembicTest {
    private static final Path FIXTURES = Path.of("src/test/resources/alembic");
    private static final String LINEAR_HEAD = "3c4d5e6f7a8b";

    @TempDir
    Path temp;

    @Test
    void revisionsAreReadFromBothTemplateStyles() {
        AlembicRevisions revisions = AlembicRevisions.read(FIXTURES.resolve("linear"));
        assertEquals(List.of("1a2b3c4d5e6f", "2b3c4d5e6f7a", LINEAR_HEAD), revisions.ordered());
        assertEquals(List.of(LINEAR_HEAD), revisions.heads());
        assertEquals(Set.of("1a2b3c4d5e6f", "2b3c4d5e6f7a"), revisions.upTo(List.of("2b3c4d5e6f7a")));
    }

    @Test
    void branchesAreHeadsUntilAMergeJoinsThem() throws Exception {
        Path branched = FIXTURES.resolve("branched");
        assertEquals(List.of("4d5e6f7a8b9c", "5e6f7a8b9c0d"), AlembicRevisions.read(branched).heads());
        Path merged = temp.resolve("merged");
        Files.createDirectories(merged);
        try (var files = Files.list(branched)) {
            for (Path file : files.toList()) {
                Files.copy(file, merged.resolve(file.getFileName()));
            }
        }
        Files.writeString(merged.resolve("6f7a8b9c0d1e_merge.py"), """
                revision: str = '6f7a8b9c0d1e'
                down_revision: Union[str, Sequence[str], None] = (
                    '4d5e6f7a8b9c',
                    '5e6f7a8b9c0d',
                )
                """, StandardCharsets.UTF_8);
        AlembicRevisions revisions = AlembicRevisions.read(merged);
        assertEquals(List.of("6f7a8b9c0d1e"), revisions.heads());
        assertEquals("6f7a8b9c0d1e", revisions.ordered().get(revisions.ordered().size() - 1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"linear", "branched"})
    void stampWritesWhatAlembicStampWrites(String fixture, TestDatabase stampedByAlembic) throws Exception {
        TestDatabase stampedHere = dev.schemadiff.testkit.TestDatabases.create("alembicstamp");
        stampedByAlembic.execute(Files.readString(FIXTURES.resolve(fixture + "-stamp.sql"), StandardCharsets.UTF_8));
        AlembicTool tool = AlembicTool.ofDirectory(FIXTURES.resolve(fixture), List.of());
        try (Connection connection = stampedHere.connect()) {
            tool.stamp(connection, tool.stampRevisions(), Set.of());
        }
        assertEquals(catalog(stampedByAlembic), catalog(stampedHere));
        String rows = "SELECT version_num FROM alembic_version ORDER BY version_num";
        assertEquals(stampedByAlembic.query(rows), stampedHere.query(rows));
        assertEquals("alembic_version_pkc", stampedHere.queryValue(
                "SELECT conname FROM pg_constraint WHERE conrelid = 'alembic_version'::regclass AND contype = 'p'"));
    }

    @Test
    void anUnknownRecordedRevisionIsOrphanedAndRecoverStampsTheHead(TestDatabase database) throws Exception {
        database.execute(Sample.sql("V1__users_and_candidates.sql") + Sample.sql("V2__candidate_expectations.sql")
                + Sample.sql("V3__jobs_skills_and_tags.sql")
                + Files.readString(FIXTURES.resolve("linear-stamp.sql"), StandardCharsets.UTF_8)
                + "UPDATE alembic_version SET version_num = 'deadbeef0000';");
        RecoveryOptions options = RecoveryOptions.of(new MigrationSource.AlembicDirectory(FIXTURES.resolve("linear")))
                .withEntities(Sample.entities());

        assertEquals(DatabaseState.ORPHANED, StatusTest.status(database, options).state());
        SchemaDiffException noEntities = assertThrows(SchemaDiffException.class, () -> FlywayRecoverTest.recover(database,
                RecoveryOptions.of(new MigrationSource.AlembicDirectory(FIXTURES.resolve("linear")))));
        assertEquals(ErrorCode.USAGE, noEntities.code());
        assertTrue(noEntities.getMessage().contains("--classes"), noEntities.getMessage());

        RecoverReport report = FlywayRecoverTest.recover(database, options);

        assertEquals(List.of(LINEAR_HEAD), report.stamped().stream().map(StampedVersion::version).toList());
        assertEquals(LINEAR_HEAD, database.queryValue("SELECT version_num FROM alembic_version"));
        assertEquals(DatabaseState.IN_SYNC, StatusTest.status(database, options).state());
    }

    private static Object catalog(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            return new PgCatalogReader().read(connection, List.of("public")).normalized();
        }
    }
}
