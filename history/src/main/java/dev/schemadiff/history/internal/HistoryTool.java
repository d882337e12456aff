package dev.schemadiff.history.internal;

import dev.schemadiff.history.StampedVersion;
import dev.schemadiff.schema.QualifiedName;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One migration tool, seen through its own library where it has one: its history, its lock, its way of
 * recording migrations as applied, and its migrate. Implementations work on the connection they are
 * given and leave it in autocommit mode.
 */
public interface HistoryTool {

    /** {@code Flyway}, {@code Liquibase} or {@code Alembic}. */
    String name();

    /** The history table on {@code live}. */
    QualifiedName historyTable(Connection live);

    /** The privileges a stamp needs, per table the tool writes. */
    Map<QualifiedName, List<String>> historyPrivileges(Connection live);

    /** Reads the files and the history. */
    ToolHistory read(Connection live);

    /** Whether {@link #replay} can learn what each migration produces (Alembic's Python cannot be run). */
    boolean replays();

    /** Runs every migration into {@code scratch}, reading the schemas after each. */
    List<ReplayedVersion> replay(Connection scratch, List<String> schemas);

    /** Takes the tool's lock on {@code live}, waiting for it; say so through {@code progress} when it waits. */
    HistoryLock lock(Connection live, Consumer<String> progress);

    /** The rows {@link #stamp} would write. */
    List<StampedVersion> describeStamp(Connection live, List<String> versions);

    /** Removes what makes the tool refuse to go on: failed rows, rows of deleted files, stale checksums. */
    List<String> repair(Connection live);

    /**
     * Records {@code versions} as applied without running them.
     *
     * @param dataChanged the versions among them whose data changes were not applied (Liquibase marks them
     *                    MARK_RAN rather than EXECUTED)
     */
    List<StampedVersion> stamp(Connection live, List<String> versions, Set<String> dataChanged);

    /** Runs the tool's own migrate for what is left; returns the versions it ran. */
    List<String> migrate(Connection live);

    /** A held lock. */
    interface HistoryLock extends AutoCloseable {
        @Override
        void close();
    }
}
