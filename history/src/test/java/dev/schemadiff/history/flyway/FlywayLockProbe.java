package dev.schemadiff.history.flyway;

import dev.schemadiff.history.internal.HistoryTool.HistoryLock;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

/** Takes the lock recover takes, for tests that check Flyway honours it. */
public final class FlywayLockProbe {
    private FlywayLockProbe() {
    }

    public static HistoryLock hold(Connection connection, Path migrations) {
        return new FlywayTool(migrations, List.of()).lock(connection, line -> { });
    }
}
