package dev.schemadiff.reliability;

import dev.schemadiff.testkit.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Copies of a loaded database, one per trial, and waiting for a database's other sessions to end. */
final class Databases {
    private Databases() {
    }

    /**
     * A new database {@code name} cloned from {@code template} ({@code CREATE DATABASE ... TEMPLATE}),
     * issued from {@code admin}: nobody may be connected to the template while it is copied.
     */
    static TestDatabase copy(TestDatabase admin, TestDatabase template, String name) {
        admin.execute("CREATE DATABASE " + name + " TEMPLATE " + template.name());
        return new TestDatabase(name, urlOf(template, name));
    }

    /** The URL of database {@code name} on {@code db}'s server, with the same credentials. */
    static String urlOf(TestDatabase db, String name) {
        return db.jdbcUrl().replaceFirst("/" + Pattern.quote(db.name()) + "(?=\\?|$)", "/" + Matcher.quoteReplacement(name));
    }

    static void drop(TestDatabase admin, TestDatabase db) {
        admin.execute("DROP DATABASE IF EXISTS " + db.name() + " WITH (FORCE)");
    }

    /**
     * Waits until no other session is connected to {@code db}: after a client is killed, its server
     * process lives on until it notices, finishing (and then rolling back) what it was doing.
     */
    static void awaitNoOtherSessions(TestDatabase admin, TestDatabase db, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<List<String>> sessions = admin.query("SELECT pid, state, left(query, 80) FROM pg_stat_activity"
                    + " WHERE datname = '" + db.name() + "' AND pid <> pg_backend_pid()");
            if (sessions.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("sessions still on " + db.name() + " after " + timeout + ": " + sessions);
            }
            Thread.sleep(20);
        }
    }
}
