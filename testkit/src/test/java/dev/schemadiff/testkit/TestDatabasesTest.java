package dev.schemadiff.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class TestDatabasesTest {

    @Test
    void eachTestGetsItsOwnEmptyDatabase(TestDatabase first, TestDatabase second) {
        assertNotEquals(first.name(), second.name());
        first.execute("create table only_here (id int)");
        assertEquals("1", first.queryValue("select count(*) from pg_tables where tablename = 'only_here'"));
        assertEquals("0", second.queryValue("select count(*) from pg_tables where tablename = 'only_here'"));
        assertEquals(first.name(), first.queryValue("select current_database()"));
    }

    @Test
    void externalUrlKeepsHostAndParametersAndSwapsTheDatabase() {
        TestDatabases.Backend backend =
                TestDatabases.Backend.external("jdbc:postgresql://db.example:5433/admin?user=u&password=p");
        assertEquals("jdbc:postgresql://db.example:5433/t_1?user=u&password=p", backend.urlFor("t_1"));
    }

    @Test
    void testcontainersBackendRunsOnlyWhereDockerAnswers() {
        Assumptions.assumeTrue(TestcontainersBackend.dockerAvailable(),
                "no Docker engine answered: the Testcontainers backend is skipped on this machine");
        TestDatabases.Backend backend = TestcontainersBackend.start();
        assertEquals("jdbc:postgresql", backend.adminUrl().substring(0, 15));
    }
}
