package dev.schemadiff.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.reader.hibernate.HibernateDdl;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apply during a rolling deploy: the old application keeps inserting and updating rows in the tables
 * apply alters. No write fails, none is lost, and the longest a write waited is reported.
 */
@ExtendWith(PostgresExtension.class)
class WritesDuringApplyTest {
    private static final int SEEDED = 20_000;
    private static final long FIRST_ID = 10_000_000L;

    @TempDir
    Path home;

    @Test
    void writesDuringApplyAllSucceedAndNoneIsLost(TestDatabase template, TestDatabase admin) throws Exception {
        template.execute(new HibernateDdl().createScript(ModelReaderOptions.of(List.of(Recruiting.classes()),
                NamingMode.SPRING)));
        template.execute("INSERT INTO users (email, password_hash, role, active)"
                + " SELECT 'seed' || i || '@example.com', md5(i::text), 'CANDIDATE', true FROM generate_series(1, "
                + SEEDED + ") AS i;"
                + "INSERT INTO candidate (id, user_id, full_name, contact_current_employer, version, years_of_experience)"
                + " SELECT " + FIRST_ID + " + id, id, 'seeded', false, 0, 1 FROM users;"
                // drift the old release left: a column, an index and two foreign keys are missing
                + "ALTER TABLE candidate DROP COLUMN expected_wage;"
                + "ALTER TABLE candidate DROP CONSTRAINT fkc23nbdgfce6rnt56ofltvxu71;"
                + "ALTER TABLE candidate_skill DROP CONSTRAINT fkijjf42p0sh2c2na28g5aalx2p;"
                + "DROP INDEX idx_candidate_job_status");
        int rounds = Trials.count(1, 5);
        for (int round = 1; round <= rounds; round++) {
            TestDatabase db = Databases.copy(admin, template, template.name() + "_w" + round);
            applyWhileWriting(db);
            Databases.drop(admin, db);
        }
    }

    private void applyWhileWriting(TestDatabase db) throws Exception {

        // the old release's writes: each one statement in its own transaction, as a web request makes them
        Traffic inserts = Traffic.start(db, "inserts", n -> "WITH u AS (INSERT INTO users (email, password_hash,"
                + " role, active) VALUES ('loader" + n + "@example.com', 'x', 'CANDIDATE', true) RETURNING id)"
                + " INSERT INTO candidate (id, user_id, full_name, contact_current_employer, version,"
                + " years_of_experience) SELECT nextval('candidate_seq'), id, 'loader', false, 0, 1 FROM u");
        Traffic updates = Traffic.start(db, "updates", n -> "UPDATE candidate SET version = version + 1 WHERE id = "
                + (FIRST_ID + 1 + n % SEEDED));
        InProcessCli apply;
        try {
            Thread.sleep(300);
            apply = InProcessCli.run(home, Recruiting.args("apply", db));
            Thread.sleep(300);
        } finally {
            inserts.stop();
            updates.stop();
        }

        long inserted = inserts.statements() - inserts.failures().size();
        long updated = updates.statements() - updates.failures().size();
        long users = Long.parseLong(db.queryValue("SELECT count(*) FROM users"));
        long candidates = Long.parseLong(db.queryValue("SELECT count(*) FROM candidate"));
        long versions = Long.parseLong(db.queryValue("SELECT sum(version) FROM candidate"));
        boolean noneLost = users == SEEDED + inserted && candidates == SEEDED + inserted && versions == updated;
        boolean passed = apply.exitCode() == 0 && inserts.failures().isEmpty() && updates.failures().isEmpty() && noneLost;
        long retries = apply.errLines().stream().filter(line -> line.contains("rolled back, trying again")).count();
        Trials.record("writes during apply", passed, "applied after " + retries + " retries, no write failed or lost",
                !noneLost, Math.max(inserts.longestWaitMillis(), updates.longestWaitMillis()));

        assertEquals(0, apply.exitCode(), apply::toString);
        assertEquals(List.of(), inserts.failures());
        assertEquals(List.of(), updates.failures());
        assertEquals(SEEDED + inserted, users, "every inserted user is there");
        assertEquals(SEEDED + inserted, candidates, "every inserted candidate is there");
        assertEquals(updated, versions, "every update counted once");
    }
}
