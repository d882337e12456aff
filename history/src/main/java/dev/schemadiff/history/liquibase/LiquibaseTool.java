package dev.schemadiff.history.liquibase;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.history.MigrationEntry;
import dev.schemadiff.history.MigrationEntry.Status;
import dev.schemadiff.history.StampedVersion;
import dev.schemadiff.history.internal.HistoryTool;
import dev.schemadiff.history.internal.Models;
import dev.schemadiff.history.internal.ReplayedVersion;
import dev.schemadiff.history.internal.SingleConnectionDataSource;
import dev.schemadiff.history.internal.Sql;
import dev.schemadiff.history.internal.ToolHistory;
import dev.schemadiff.schema.QualifiedName;
import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import liquibase.ChecksumVersion;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.ChangeSetStatus;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.logging.core.NoOpLogService;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase 4.33 through its own library: {@code getChangeSetStatuses} reads the history,
 * {@code update} replays and hands over, its DATABASECHANGELOGLOCK row is the lock, and
 * {@code markChangeSetExecStatus} records changesets as EXECUTED (what {@code changelog-sync} writes)
 * or MARK_RAN (for changesets whose data changes were not applied). One {@link Liquibase} per
 * connection, so the lock taken first is the lock every later call finds held.
 */
public final class LiquibaseTool implements HistoryTool {
    private static final String CHANGELOG_TABLE = "databasechangelog";
    private static final String LOCK_TABLE = "databasechangeloglock";

    private final Path root;
    private final String changelogPath;
    private final List<String> schemas;
    private final Map<Connection, Liquibase> sessions = new IdentityHashMap<>();

    /**
     * @param changelog the root changelog; its path is recorded relative to the {@code resources} directory
     *                  above it when there is one (as {@code classpath:} changelogs are), else to its directory
     * @param schemas   the first holds the history tables; empty for the connection's current schema
     */
    public LiquibaseTool(Path changelog, List<String> schemas) {
        Path absolute = changelog.toAbsolutePath().normalize();
        Path resources = absolute.getParent();
        while (resources != null && !"resources".equals(String.valueOf(resources.getFileName()))) { // root: no name
            resources = resources.getParent();
        }
        this.root = resources != null ? resources : absolute.getParent();
        this.changelogPath = root.relativize(absolute).toString().replace('\\', '/');
        this.schemas = List.copyOf(schemas);
    }

    /** The identity Liquibase records: {@code path::id::author}. */
    static String idOf(ChangeSet changeSet) {
        return changeSet.toString(false);
    }

    @Override
    public String name() {
        return "Liquibase";
    }

    @Override
    public QualifiedName historyTable(Connection live) {
        return QualifiedName.of(historySchema(live), CHANGELOG_TABLE);
    }

    private String historySchema(Connection live) {
        return Sql.historySchema(live, schemas);
    }

    @Override
    public Map<QualifiedName, List<String>> historyPrivileges(Connection live) {
        String schema = historySchema(live);
        Map<QualifiedName, List<String>> privileges = new LinkedHashMap<>();
        privileges.put(QualifiedName.of(schema, CHANGELOG_TABLE), List.of("SELECT", "INSERT", "UPDATE", "DELETE"));
        privileges.put(QualifiedName.of(schema, LOCK_TABLE), List.of("SELECT", "INSERT", "UPDATE"));
        return privileges;
    }

    @Override
    public ToolHistory read(Connection live) {
        return liquibase(live, "reading Liquibase's history", liquibase -> {
            List<MigrationEntry> entries = new ArrayList<>();
            List<String> files = new ArrayList<>();
            for (ChangeSetStatus status : liquibase.getChangeSetStatuses(new Contexts(), new LabelExpression(), false)) {
                ChangeSet changeSet = status.getChangeSet();
                String id = idOf(changeSet);
                files.add(id);
                entries.add(entry(id, status));
            }
            List<String> notes = new ArrayList<>();
            for (RanChangeSet unknown : liquibase.listUnexpectedChangeSets(new Contexts(), new LabelExpression())) {
                notes.add("ran changeset " + unknown + " is not in the changelog (Liquibase ignores it)");
            }
            QualifiedName table = historyTable(live);
            return new ToolHistory(Models.tableExists(live, table.schema(), table.name()), entries, files, List.of(),
                    notes);
        });
    }

    private static MigrationEntry entry(String id, ChangeSetStatus status) {
        ChangeSet changeSet = status.getChangeSet();
        String description = changeSet.getDescription() == null ? "" : changeSet.getDescription();
        if (!status.getPreviouslyRan()) {
            return new MigrationEntry(id, description, Status.PENDING, "");
        }
        if (status.getStoredCheckSum() != null && !changeSet.isCheckSumValid(status.getStoredCheckSum())) {
            return new MigrationEntry(id, description, Status.CHECKSUM_MISMATCH, "recorded checksum "
                    + status.getStoredCheckSum() + ", file checksum " + status.getCurrentCheckSum());
        }
        return new MigrationEntry(id, description, Status.APPLIED,
                status.getRanChangeSet() == null ? "" : String.valueOf(status.getRanChangeSet().getExecType()));
    }

    @Override
    public boolean replays() {
        return true;
    }

    @Override
    public List<ReplayedVersion> replay(Connection scratch, List<String> replaySchemas) {
        try {
            return liquibase(scratch, "replaying the Liquibase changelog " + changelogPath, liquibase -> {
                ReplayListener listener = new ReplayListener(scratch, replaySchemas);
                liquibase.setChangeExecListener(listener);
                liquibase.update(new Contexts(), new LabelExpression());
                return listener.replayed();
            });
        } finally {
            sessions.remove(scratch);
        }
    }

    @Override
    public HistoryLock lock(Connection live, Consumer<String> progress) {
        LockService lockService = liquibase(live, "taking Liquibase's lock", liquibase -> {
            LockService service = LockServiceFactory.getInstance().getLockService(liquibase.getDatabase());
            if (!service.acquireLock()) {
                progress.accept("waiting for Liquibase's lock in " + historySchema(live) + "." + LOCK_TABLE
                        + " (another deploy holds it)");
                service.waitForLock();
            }
            return service;
        });
        return () -> liquibase(live, "releasing Liquibase's lock", liquibase -> {
            lockService.releaseLock();
            return null;
        });
    }

    @Override
    public List<StampedVersion> describeStamp(Connection live, List<String> versions) {
        return describe(live, versions, Set.of());
    }

    private List<StampedVersion> describe(Connection live, List<String> versions, Set<String> dataChanged) {
        String table = historyTable(live).toString();
        return liquibase(live, "reading the changelog", liquibase -> {
            List<StampedVersion> rows = new ArrayList<>();
            for (ChangeSet changeSet : changeSets(liquibase, versions)) {
                String id = idOf(changeSet);
                rows.add(new StampedVersion(id, table, "id " + changeSet.getId() + ", author " + changeSet.getAuthor()
                        + ", filename " + changeSet.getFilePath() + ", md5sum "
                        + changeSet.generateCheckSum(ChecksumVersion.latest()) + ", exectype "
                        + execType(id, dataChanged)));
            }
            return rows;
        });
    }

    @Override
    public List<String> repair(Connection live) {
        return liquibase(live, "clearing Liquibase's stale checksums", liquibase -> {
            liquibase.clearCheckSums();
            return List.of("cleared the recorded checksums (Liquibase recomputes them from the files on its next run)");
        });
    }

    @Override
    public List<StampedVersion> stamp(Connection live, List<String> versions, Set<String> dataChanged) {
        liquibase(live, "recording changesets in Liquibase's history", liquibase -> {
            DatabaseChangeLog changeLog = liquibase.getDatabaseChangeLog();
            liquibase.checkLiquibaseTables(false, changeLog, new Contexts(), new LabelExpression());
            Database database = liquibase.getDatabase();
            for (ChangeSet changeSet : changeSets(liquibase, versions)) {
                database.markChangeSetExecStatus(changeSet, execType(idOf(changeSet), dataChanged));
            }
            database.commit();
            return null;
        });
        return describe(live, versions, dataChanged);
    }

    @Override
    public List<String> migrate(Connection live) {
        return liquibase(live, "Liquibase's update", liquibase -> {
            // The history was read (and cached) before the stamp: read it afresh.
            Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class)
                    .getChangeLogService(liquibase.getDatabase()).reset();
            List<String> unrun = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).stream()
                    .map(LiquibaseTool::idOf).toList();
            liquibase.update(new Contexts(), new LabelExpression());
            return unrun;
        });
    }

    private static ChangeSet.ExecType execType(String id, Set<String> dataChanged) {
        // MARK_RAN says what happened: the changeset counts as run, but its data changes were not made.
        return dataChanged.contains(id) ? ChangeSet.ExecType.MARK_RAN : ChangeSet.ExecType.EXECUTED;
    }

    private static List<ChangeSet> changeSets(Liquibase liquibase, List<String> versions) throws LiquibaseException {
        return liquibase.getDatabaseChangeLog().getChangeSets().stream()
                .filter(changeSet -> versions.contains(idOf(changeSet))).toList();
    }

    /** A Liquibase operation on {@code connection}, quiet (no banner, no log lines, no analytics). */
    private <T> T liquibase(Connection connection, String doing, LiquibaseOperation<T> operation) {
        Map<String, Object> quiet = Map.of(Scope.Attr.ui.name(), new LoggerUIService(),
                Scope.Attr.logService.name(), new NoOpLogService(),
                "liquibase.analytics.enabled", false,
                "liquibase.showBanner", false);
        try {
            return Scope.child(quiet, () -> {
                try {
                    return operation.run(session(connection));
                } finally {
                    restoreAutoCommit(connection);
                }
            });
        } catch (SchemaDiffException e) {
            throw e;
        } catch (Exception e) {
            throw new SchemaDiffException(ErrorCode.APPLY, doing + " failed: " + firstLine(e), e);
        }
    }

    private Liquibase session(Connection connection) throws LiquibaseException, FileNotFoundException {
        Liquibase existing = sessions.get(connection);
        if (existing != null) {
            return existing;
        }
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                new JdbcConnection(new SingleConnectionDataSource(connection).getConnection()));
        if (!schemas.isEmpty()) {
            database.setDefaultSchemaName(schemas.get(0));
            database.setLiquibaseSchemaName(schemas.get(0));
        }
        Liquibase liquibase = new Liquibase(changelogPath, new DirectoryResourceAccessor(root), database);
        // update prints a summary table to stdout by default: stdout is the command's result.
        liquibase.setShowSummary(UpdateSummaryEnum.OFF);
        liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
        sessions.put(connection, liquibase);
        return liquibase;
    }

    private static void restoreAutoCommit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    private static String firstLine(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && (cause.getMessage() == null || cause instanceof LiquibaseException)) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage()).strip();
        return message.lines().findFirst().orElse(message);
    }

    /** What runs inside a Liquibase scope. */
    @FunctionalInterface
    private interface LiquibaseOperation<T> {
        T run(Liquibase liquibase) throws Exception;
    }
}
