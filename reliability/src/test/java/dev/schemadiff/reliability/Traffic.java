package dev.schemadiff.reliability;

import dev.schemadiff.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Application traffic during an apply: a thread that runs one statement after another on its own
 * autocommit connection, as a web request would, and measures the longest wait and every failure.
 */
final class Traffic {
    private final Thread thread;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong longestNanos = new AtomicLong();
    private final AtomicLong statements = new AtomicLong();
    private final List<String> failures = new ArrayList<>();

    /** @param statementNumber gives the SQL of the n-th statement (n from 1) */
    private Traffic(TestDatabase db, String name, LongFunction<String> statementNumber) {
        thread = new Thread(() -> run(db, statementNumber), name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs {@code statementNumber.apply(1)}, {@code (2)}, ... until {@link #stop()}. */
    static Traffic start(TestDatabase db, String name, LongFunction<String> statementNumber) {
        return new Traffic(db, name, statementNumber);
    }

    private void run(TestDatabase db, LongFunction<String> statementNumber) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            while (running.get()) {
                long n = statements.incrementAndGet();
                long start = System.nanoTime();
                try {
                    statement.execute(statementNumber.apply(n));
                } catch (SQLException e) {
                    synchronized (failures) {
                        failures.add("statement " + n + ": " + e.getMessage());
                    }
                }
                longestNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
            }
        } catch (SQLException e) {
            synchronized (failures) {
                failures.add("connection: " + e.getMessage());
            }
        }
    }

    long longestWaitMillis() {
        return longestNanos.get() / 1_000_000;
    }

    /** Statements run so far (the one in flight included). */
    long statements() {
        return statements.get();
    }

    List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** Stops after the statement in flight; call it in a {@code finally}, or the thread runs on. */
    void stop() throws InterruptedException {
        running.set(false);
        thread.join(30_000);
    }
}
