package dev.schemadiff.history.flyway;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.history.MigrationEntry;
import dev.schemadiff.history.MigrationEntry.Status;
import dev.schemadiff.history.StampedVersion;
import dev.schemadiff.history.internal.AdvisoryLock;
import dev.schemadiff.history.internal.HistoryTool;
import dev.schemadiff.history.internal.Models;
import dev.schemadiff.history.internal.ReplayedVersion;
import dev.schemadiff.history.internal.SingleConnectionDataSource;
import dev.schemadiff.history.internal.Sql;
import dev.schemadiff.history.internal.ToolHistory;
import dev.schemadiff.schema.QualifiedName;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.RepairResult;
import org.flywaydb.core.api.pattern.ValidatePattern;

/**
 * Flyway through its own library: {@code info} reads the history, {@code migrate} replays into the
 * scratch database, {@code repair} clears failed rows, rows of deleted files and stale checksums, and
 * {@code migrate} with {@code skipExecutingMigrations} records migrations as applied, with the very
 * checksums {@code flyway validate} expects. Every call runs on the caller's connection, so it runs
 * under the advisory lock recover holds (Flyway's lock is re-entrant within a session).
 */
public final class FlywayTool implements HistoryTool {
    /** Flyway's default history table. */
    public static final String TABLE = "flyway_schema_history";

    /** {@code PostgreSQLAdvisoryLockTemplate.LOCK_MAGIC_NUM} of flyway-database-postgresql ("Flyway"). */
    private static final long LOCK_MAGIC_NUMBER = 77431708279161L;
    private static final List<String> HISTORY_PRIVILEGES = List.of("SELECT", "INSERT", "UPDATE", "DELETE");

    private final Path directory;
    private final List<String> schemas;

    /**
     * @param directory the SQL migrations
     * @param schemas   the schemas Flyway manages, the first holding the history table; empty for
     *                  Flyway's default (the connection's current schema)
     */
    public FlywayTool(Path directory, List<String> schemas) {
        this.directory = directory;
        this.schemas = List.copyOf(schemas);
    }

    @Override
    public String name() {
        return "Flyway";
    }

    @Override
    public QualifiedName historyTable(Connection live) {
        return QualifiedName.of(Sql.historySchema(live, schemas), TABLE);
    }

    @Override
    public Map<QualifiedName, List<String>> historyPrivileges(Connection live) {
        return Map.of(historyTable(live), HISTORY_PRIVILEGES);
    }

    /**
     * The key of Flyway's advisory lock on the history table: {@code PostgreSQLConnection.lock} adds the
     * hash of the table's quoted name ({@code "schema"."table"}) to Flyway's magic number.
     */
    static long lockKey(QualifiedName table) {
        return LOCK_MAGIC_NUMBER + (quote(table.schema()) + "." + quote(table.name())).hashCode();
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public ToolHistory read(Connection live) {
        QualifiedName table = historyTable(live);
        MigrationInfo[] all = flyway("reading Flyway's history", () -> configure(live).load().info().all());
        List<MigrationEntry> entries = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (MigrationInfo info : all) {
            if (info.getType().isSynthetic() || info.getState() == MigrationState.DELETED) {
                continue; // Flyway's own markers, and rows a repair already retired
            }
            if (info.getVersion() == null) {
                notes.add("repeatable migration " + info.getScript() + " is not verified");
                continue;
            }
            entries.add(entry(info));
        }
        List<String> fileVersions = Arrays.stream(all)
                .filter(info -> info.getVersion() != null && info.getState().isResolved() && !info.getType().isSynthetic())
                .sorted(Comparator.comparing(MigrationInfo::getVersion))
                .map(info -> info.getVersion().getVersion()).distinct().toList();
        return new ToolHistory(Models.tableExists(live, table.schema(), table.name()), entries, fileVersions,
                List.of(), notes);
    }

    private static MigrationEntry entry(MigrationInfo info) {
        String version = info.getVersion().getVersion();
        MigrationState state = info.getState();
        if (state == MigrationState.FAILED || state == MigrationState.MISSING_FAILED
                || state == MigrationState.FUTURE_FAILED) {
            return new MigrationEntry(version, info.getDescription(), Status.FAILED, "recorded as failed");
        }
        if (state == MigrationState.MISSING_SUCCESS || state == MigrationState.FUTURE_SUCCESS) {
            return new MigrationEntry(version, info.getDescription(), Status.MISSING_FILE,
                    "recorded as " + info.getScript() + ", which is not among the files");
        }
        if (state.isApplied() && state.isResolved() && !info.isChecksumMatching()) {
            return new MigrationEntry(version, info.getDescription(), Status.CHECKSUM_MISMATCH,
                    "recorded checksum " + info.getAppliedChecksum() + ", file checksum " + info.getResolvedChecksum());
        }
        if (state.isApplied()) {
            return new MigrationEntry(version, info.getDescription(), Status.APPLIED, info.getScript());
        }
        if (state == MigrationState.BELOW_BASELINE || state == MigrationState.BASELINE_IGNORED) {
            return new MigrationEntry(version, info.getDescription(), Status.APPLIED, "below the baseline");
        }
        return new MigrationEntry(version, info.getDescription(), Status.PENDING, info.getScript());
    }

    @Override
    public boolean replays() {
        return true;
    }

    @Override
    public List<ReplayedVersion> replay(Connection scratch, List<String> replaySchemas) {
        ReplayRecorder recorder = new ReplayRecorder(replaySchemas);
        try {
            configure(scratch).callbacks(recorder).load().migrate();
        } catch (FlywayException e) {
            throw new SchemaDiffException(ErrorCode.USAGE, "replaying the Flyway migrations of " + directory
                    + " into an empty scratch database failed: " + firstLine(e) + postgresError(e)
                    + "; the files must build the schema from nothing", e);
        }
        return recorder.replayed();
    }

    @Override
    public HistoryLock lock(Connection live, Consumer<String> progress) {
        QualifiedName table = historyTable(live);
        return AdvisoryLock.acquire(live, lockKey(table), "Flyway's lock on " + table, progress);
    }

    @Override
    public List<StampedVersion> describeStamp(Connection live, List<String> versions) {
        QualifiedName table = historyTable(live);
        MigrationInfo[] all = flyway("reading Flyway's migrations", () -> configure(live).load().info().all());
        List<StampedVersion> rows = new ArrayList<>();
        for (String version : versions) {
            Arrays.stream(all).filter(info -> info.getVersion() != null && info.getState().isResolved()
                            && info.getVersion().getVersion().equals(version)).findFirst()
                    .ifPresent(info -> rows.add(row(table, info)));
        }
        return rows;
    }

    private static StampedVersion row(QualifiedName table, MigrationInfo info) {
        return new StampedVersion(info.getVersion().getVersion(), table.toString(), "version " + info.getVersion()
                + ", description '" + info.getDescription() + "', type " + info.getType() + ", script "
                + info.getScript() + ", checksum " + info.getResolvedChecksum() + ", success true");
    }

    @Override
    public List<String> repair(Connection live) {
        // No ignore patterns: a row whose file is gone is repaired even when it is newer than every file.
        RepairResult result = flyway("repairing Flyway's history",
                () -> configure(live).ignoreMigrationPatterns(new ValidatePattern[0]).load().repair());
        List<String> lines = new ArrayList<>();
        result.migrationsRemoved.forEach(row -> lines.add("removed the failed row of V" + row.version));
        result.migrationsDeleted.forEach(row -> lines.add("marked V" + row.version + " deleted (its file is gone)"));
        result.migrationsAligned.forEach(row -> lines.add("realigned the checksum of V" + row.version + " with "
                + row.filepath));
        return lines;
    }

    @Override
    public List<StampedVersion> stamp(Connection live, List<String> versions, Set<String> dataChanged) {
        if (versions.isEmpty()) {
            return List.of();
        }
        String target = versions.get(versions.size() - 1);
        // Out of order too: a pending version below the recorded ones is stamped like the rest.
        List<MigrateOutput> stamped = flyway("recording migrations in Flyway's history", () -> configure(live)
                .skipExecutingMigrations(true).outOfOrder(true).target(target).load().migrate().migrations);
        Set<String> written = Set.copyOf(stamped.stream().map(output -> output.version).toList());
        return describeStamp(live, versions.stream().filter(written::contains).toList());
    }

    @Override
    public List<String> migrate(Connection live) {
        return flyway("Flyway's migrate", () -> configure(live).load().migrate().migrations).stream()
                .map(output -> output.version).toList();
    }

    private FluentConfiguration configure(Connection connection) {
        FluentConfiguration configuration = Flyway.configure(FlywayTool.class.getClassLoader())
                .dataSource(new SingleConnectionDataSource(connection))
                .locations("filesystem:" + directory.toAbsolutePath())
                .cleanDisabled(true);
        if (!schemas.isEmpty()) {
            configuration.schemas(schemas.toArray(String[]::new));
        }
        return configuration;
    }

    private static <T> T flyway(String doing, Supplier<T> operation) {
        try {
            return operation.get();
        } catch (FlywayException e) {
            throw new SchemaDiffException(ErrorCode.APPLY, doing + " failed: " + firstLine(e), e);
        }
    }

    /** Flyway's first line names the script; PostgreSQL's says what is wrong in it. */
    private static String postgresError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return " (" + firstLine(sql) + ")";
            }
        }
        return "";
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage()).strip();
        return message.lines().findFirst().orElse(message);
    }
}
