package dev.schemadiff.history.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.history.ScratchServer;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scratch databases left behind by a killed run are dropped by the next one, and nothing else is. */
@ExtendWith(PostgresExtension.class)
class ScratchDatabaseTest {

    @Test
    void aNewScratchDatabaseDropsOnlyOldOrphans(TestDatabase admin) throws SQLException {
        long old = Instant.now().minus(ScratchDatabase.ORPHAN_AGE).getEpochSecond() - 60;
        long recent = Instant.now().getEpochSecond() - 30;
        String orphan = "schemadiff_scratch_" + old + "_4242_1_abc";
        String recentOne = "schemadiff_scratch_" + recent + "_4242_2_abc";
        String olderNaming = "schemadiff_scratch_4242_3_abc";
        String inUse = "schemadiff_scratch_" + old + "_4242_4_abc";
        for (String name : List.of(orphan, recentOne, olderNaming, inUse)) {
            admin.execute("CREATE DATABASE " + name);
        }
        ScratchServer server = server(admin);
        try (Connection session = server.connect(inUse); ScratchDatabase scratch = ScratchDatabase.create(server)) {
            assertTrue(session.isValid(1));
            assertTrue(exists(admin, scratch.connection().getCatalog()), "the new scratch database exists");
            assertFalse(exists(admin, orphan), "an old database nobody uses is a killed run's orphan");
            assertTrue(exists(admin, recentOne), "a recent one may belong to a run that is about to connect");
            assertTrue(exists(admin, olderNaming), "a name without its creation time is not guessed at");
            assertTrue(exists(admin, inUse), "a database somebody is connected to is never dropped");
        }
        for (String name : List.of(recentOne, olderNaming, inUse)) {
            admin.execute("DROP DATABASE " + name);
        }
    }

    private static boolean exists(TestDatabase admin, String name) {
        return "1".equals(admin.queryValue("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'"));
    }

    private static ScratchServer server(TestDatabase admin) {
        return new ScratchServer() {
            @Override
            public Connection connect(String database) throws SQLException {
                String name = database == null ? admin.name() : database;
                return DriverManager.getConnection(admin.jdbcUrl().replace("/" + admin.name(), "/" + name));
            }

            @Override
            public void close() {
                // the test server outlives the test
            }
        };
    }

    @Test
    void orphanDropsAreCountedOnlyWhenTheyHappen(TestDatabase admin) throws SQLException {
        String orphan = "schemadiff_scratch_1000000000_1_1_f";
        admin.execute("CREATE DATABASE " + orphan);
        try (Connection connection = admin.connect(); var statement = connection.createStatement()) {
            assertEquals(List.of(orphan), ScratchDatabase.dropOrphans(statement, Instant.now())
                    .stream().filter(orphan::equals).toList());
            assertEquals(List.of(), ScratchDatabase.dropOrphans(statement, Instant.now())
                    .stream().filter(orphan::equals).toList());
        }
    }
}
