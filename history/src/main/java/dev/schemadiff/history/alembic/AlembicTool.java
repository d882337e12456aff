package dev.schemadiff.history.alembic;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.emit.Identifiers;
import dev.schemadiff.history.MigrationEntry;
import dev.schemadiff.history.MigrationEntry.Status;
import dev.schemadiff.history.StampedVersion;
import dev.schemadiff.history.internal.AdvisoryLock;
import dev.schemadiff.history.internal.HistoryTool;
import dev.schemadiff.history.internal.Models;
import dev.schemadiff.history.internal.ReplayedVersion;
import dev.schemadiff.history.internal.Sql;
import dev.schemadiff.history.internal.SqlResource;
import dev.schemadiff.history.internal.ToolHistory;
import dev.schemadiff.schema.QualifiedName;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Alembic without Python: revisions come from the version files ({@link AlembicRevisions}) or one given
 * id, and the stamp writes {@code alembic_version} as {@code alembic stamp} does: the table with
 * {@code version_num VARCHAR(32)} and primary key {@code alembic_version_pkc}, one row per head.
 * Alembic has no lock of its own; an advisory lock stands in, so two recovers serialize.
 */
public final class AlembicTool implements HistoryTool {
    /** Alembic's version table. */
    public static final String TABLE = "alembic_version";
    /** "alembic!" in ASCII: the advisory lock recover and stamp take for Alembic. */
    public static final long LOCK_KEY = 0x616C656D62696321L;

    private static final String CREATE = SqlResource.load("alembic-version-create.sql");
    private static final String READ = SqlResource.load("alembic-version-read.sql");
    private static final String DELETE = SqlResource.load("alembic-version-delete.sql");
    private static final String INSERT = SqlResource.load("alembic-version-insert.sql");

    private final AlembicRevisions revisions;
    private final String givenRevision;
    private final List<String> schemas;

    private AlembicTool(AlembicRevisions revisions, String givenRevision, List<String> schemas) {
        this.revisions = revisions;
        this.givenRevision = givenRevision;
        this.schemas = List.copyOf(schemas);
    }

    /** Alembic with the revisions of a {@code versions} directory; the stamp writes its heads. */
    public static AlembicTool ofDirectory(Path directory, List<String> schemas) {
        return new AlembicTool(AlembicRevisions.read(directory), null, schemas);
    }

    /** Alembic with one revision to stamp, its ancestry unknown. */
    public static AlembicTool ofRevision(String revision, List<String> schemas) {
        return new AlembicTool(null, revision, schemas);
    }

    @Override
    public String name() {
        return "Alembic";
    }

    @Override
    public QualifiedName historyTable(Connection live) {
        return QualifiedName.of(Sql.historySchema(live, schemas), TABLE);
    }

    @Override
    public Map<QualifiedName, List<String>> historyPrivileges(Connection live) {
        return Map.of(historyTable(live), List.of("SELECT", "INSERT", "DELETE"));
    }

    /** What the stamp writes: the heads of the files, or the given revision. */
    public List<String> stampRevisions() {
        return revisions == null ? List.of(givenRevision) : revisions.heads();
    }

    @Override
    public ToolHistory read(Connection live) {
        QualifiedName table = historyTable(live);
        boolean exists = Models.tableExists(live, table.schema(), table.name());
        List<String> current = exists ? Sql.rows(live, READ.replace("{table}", Identifiers.qualified(table)),
                "reading " + table).stream().map(row -> row.get(0)).toList() : List.of();
        List<MigrationEntry> entries = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> files = revisions == null ? List.of(givenRevision) : revisions.ordered();
        Set<String> applied = revisions == null ? Set.copyOf(current) : revisions.upTo(current);
        for (String revision : files) {
            entries.add(new MigrationEntry(revision, "", applied.contains(revision) ? Status.APPLIED : Status.PENDING,
                    current.contains(revision) ? "current" : ""));
        }
        for (String revision : current) {
            if (revisions != null && !revisions.contains(revision)) {
                entries.add(new MigrationEntry(revision, "", Status.MISSING_FILE,
                        "recorded in " + table + ", no version file has it"));
            } else if (revisions == null && !revision.equals(givenRevision)) {
                entries.add(new MigrationEntry(revision, "", Status.APPLIED, "current; ancestry unknown without the files"));
            }
        }
        List<String> heads = stampRevisions();
        if (heads.size() > 1) {
            notes.add("multiple heads: " + String.join(", ", heads) + " (alembic upgrade heads runs both branches;"
                    + " alembic merge heads joins them)");
        }
        notes.add("Alembic migrations are not replayed: the entities (--classes) stand for the schema they make");
        return new ToolHistory(exists, entries, files, heads, notes);
    }

    @Override
    public boolean replays() {
        return false;
    }

    @Override
    public List<ReplayedVersion> replay(Connection scratch, List<String> replaySchemas) {
        return List.of();
    }

    @Override
    public HistoryLock lock(Connection live, Consumer<String> progress) {
        return AdvisoryLock.acquire(live, LOCK_KEY, "the Alembic advisory lock", progress);
    }

    @Override
    public List<StampedVersion> describeStamp(Connection live, List<String> versions) {
        String table = historyTable(live).toString();
        return versions.stream().map(revision -> new StampedVersion(revision, table, "version_num " + revision)).toList();
    }

    /** Nothing to repair apart from the stamp: it replaces whatever rows are there, unknown ones included. */
    @Override
    public List<String> repair(Connection live) {
        return List.of();
    }

    @Override
    public List<StampedVersion> stamp(Connection live, List<String> versions, Set<String> dataChanged) {
        QualifiedName table = historyTable(live);
        String quoted = Identifiers.qualified(table);
        try {
            live.setAutoCommit(false);
            try (Statement statement = live.createStatement();
                 PreparedStatement insert = live.prepareStatement(INSERT.replace("{table}", quoted))) {
                statement.execute(CREATE.replace("{table}", quoted));
                statement.execute(DELETE.replace("{table}", quoted));
                for (String revision : versions) {
                    insert.setString(1, revision);
                    insert.executeUpdate();
                }
                live.commit();
            } catch (SQLException e) {
                live.rollback();
                throw e;
            } finally {
                live.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new SchemaDiffException(ErrorCode.APPLY, "writing " + table + " failed: " + e.getMessage()
                    + "; nothing was recorded", e);
        }
        return describeStamp(live, versions);
    }

    /** Alembic's migrations are Python: the stamp reaches the heads, so nothing is left for it to run. */
    @Override
    public List<String> migrate(Connection live) {
        return List.of();
    }
}
