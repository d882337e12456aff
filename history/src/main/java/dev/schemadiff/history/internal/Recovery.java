package dev.schemadiff.history.internal;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.api.PlanResult;
import dev.schemadiff.api.SchemaDiff;
import dev.schemadiff.catalog.PgCatalogReader;
import dev.schemadiff.diff.DiffOptions;
import dev.schemadiff.history.DataChange;
import dev.schemadiff.history.Gap;
import dev.schemadiff.history.MigrationEntry;
import dev.schemadiff.history.MigrationEntry.Status;
import dev.schemadiff.history.RecoverReport;
import dev.schemadiff.history.RecoveryOptions;
import dev.schemadiff.history.ScratchServer;
import dev.schemadiff.history.ServerFacts;
import dev.schemadiff.history.StampedVersion;
import dev.schemadiff.history.StatusReport;
import dev.schemadiff.history.internal.HistoryTool.HistoryLock;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.Provenance;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.change.FindingKind;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Status, recover and stamp for one tool. The order is the guarantee: replay (files only, before any
 * lock), then under the tool's lock read the history and the catalog, decide, check every privilege,
 * reconcile (one transaction), repair, stamp, hand over. Nothing is written before the last check.
 */
public final class Recovery {
    private static final String SERVER_FACTS = SqlResource.load("server-facts.sql");
    private static final String HISTORY_PRIVILEGES = SqlResource.load("history-privileges.sql");

    private final PgCatalogReader catalogReader = new PgCatalogReader();
    private final RecoveryOptions options;
    private final HistoryTool tool;
    private final Presence presence;

    public Recovery(RecoveryOptions options) {
        this.options = options;
        this.tool = HistoryTools.open(options.source(), options.plan().schemas());
        this.presence = new Presence(options.entities() == null ? Provenance.EMPTY : options.entities().provenance());
    }

    /** A diagnosis; writes nothing (the replay writes only into its own scratch database). */
    public StatusReport status(Connection live) {
        List<String> facts = Sql.rows(live, SERVER_FACTS, "reading the connection's database and user").get(0);
        Assessment assessment = assess(live, replay());
        PlanResult entityDrift = options.entities() == null ? null
                : SchemaDiff.plan(live, options.entities(), options.plan());
        PlanResult reconcile = reconcilePlan(live, assessment);
        List<String> missing = missingPrivileges(live, reconcile);
        List<String> historyTables = currentModel(live).tables().stream()
                .filter(table -> DiffOptions.MIGRATION_TOOL_TABLES.contains(table.name().name()))
                .map(table -> table.name().toString()).toList();
        ToolHistory history = assessment.history();
        return new StatusReport(new ServerFacts(facts.get(0), facts.get(1), facts.get(2)), tool.name(),
                tool.historyTable(live).toString(), historyTables, history.entries(), history.heads(), history.notes(),
                assessment.toStamp(), assessment.gaps(), entityDrift, missing, assessment.state());
    }

    /** Verify, reconcile, stamp, hand over: see {@link dev.schemadiff.history.MigrationHistory#recover}. */
    public RecoverReport recover(Connection live) {
        List<ReplayedVersion> replay = replay();
        if (!options.dryRun()) {
            // Taking Liquibase's lock writes (its lock table): not even that without the right to record.
            requireHistoryPrivileges(live);
        }
        // A dry run writes nothing, so it need not wait for a deploy that holds the lock.
        HistoryLock lock = options.dryRun() ? () -> { } : tool.lock(live, options.progress());
        try {
            Assessment assessment = assess(live, replay);
            return options.toEntities() || !tool.replays() ? recoverToEntities(live, assessment, replay)
                    : recoverByMigrations(live, assessment);
        } finally {
            lock.close();
        }
    }

    /** After an apply: records the versions whose schema the database now contains; runs nothing. */
    public RecoverReport stampAfterApply(Connection live) {
        List<ReplayedVersion> replay = replay();
        HistoryLock lock = tool.lock(live, options.progress());
        try {
            Assessment assessment = assess(live, replay);
            ToolHistory history = assessment.history();
            if (history.needsRepair()) {
                throw new SchemaDiffException(ErrorCode.APPLY, "the changes were applied, but " + tool.name()
                        + "'s history needs repair first (" + problems(history) + "), so it was not stamped;"
                        + " run schemadiff recover");
            }
            List<String> toStamp;
            List<String> notStamped;
            if (tool.replays()) {
                toStamp = assessment.verified();
                notStamped = assessment.pending().stream().filter(version -> !toStamp.contains(version)).toList();
            } else {
                List<Gap> gaps = options.entities() == null ? List.of() : presence.gaps(options.entities().model(),
                        currentModel(live));
                refuseUnlessForced(gaps, "the entities were applied");
                toStamp = history.applied().containsAll(history.heads()) ? List.of() : history.heads();
                notStamped = List.of();
            }
            requireHistoryPrivileges(live);
            List<StampedVersion> stamped = toStamp.isEmpty() ? List.of()
                    : tool.stamp(live, toStamp, dataChanged(assessment.dataChanges()));
            return new RecoverReport(assessment.state(), toStamp, List.of(), null, List.of(), stamped, List.of(),
                    assessment.dataChanges(), List.of(), notStamped, false);
        } finally {
            lock.close();
        }
    }

    private RecoverReport recoverByMigrations(Connection live, Assessment assessment) {
        PlanResult reconcile = reconcilePlan(live, assessment);
        if (reconcile != null) {
            List<Gap> blocking = reconcile.plan().findings().stream()
                    .filter(finding -> Presence.isMismatch(finding) || finding.kind() == FindingKind.NEEDS_BACKFILL)
                    .map(GapText::of).toList();
            if (!blocking.isEmpty()) {
                throw new SchemaDiffException(ErrorCode.APPLY, versions(assessment.reconciled(), assessment.verified())
                        + " exist in the database in part but cannot be completed: " + join(blocking)
                        + "; fix those by hand (or reconcile to the entities with --to-entities); nothing was changed");
            }
        }
        requirePrivileges(live, reconcile);
        ToolHistory history = assessment.history();
        Set<String> dataChanged = dataChanged(assessment.dataChanges());
        if (options.dryRun()) {
            return new RecoverReport(assessment.state(), assessment.verified(), assessment.reconciled(), reconcile,
                    plannedRepairs(history), tool.describeStamp(live, assessment.toStamp()), List.of(),
                    assessment.dataChanges(), List.of(), notStamped(assessment), true);
        }
        if (reconcile != null && reconcile.plan().hasStatements()) {
            options.progress().accept("adding what the database lacks of the schema after " + tool.name()
                    + " migration " + last(assessment.toStamp()));
            SchemaDiff.apply(live, expected(assessment.targetModel()), options.plan());
            List<Gap> left = presence.gaps(assessment.targetModel(), currentModel(live));
            if (!left.isEmpty()) {
                throw new SchemaDiffException(ErrorCode.APPLY, "after adding the missing objects the database still"
                        + " lacks " + join(left) + "; the history was not stamped");
            }
        }
        List<String> repaired = history.needsRepair() ? tool.repair(live) : List.of();
        List<StampedVersion> stamped = tool.stamp(live, assessment.toStamp(), dataChanged);
        options.progress().accept("handing over to " + tool.name() + " for what is left");
        List<String> migrated = tool.migrate(live);
        return new RecoverReport(assessment.state(), assessment.verified(), assessment.reconciled(), reconcile, repaired,
                stamped, migrated, assessment.dataChanges(), List.of(), List.of(), false);
    }

    private RecoverReport recoverToEntities(Connection live, Assessment assessment, List<ReplayedVersion> replay) {
        ExpectedSchema entities = options.entities();
        if (entities == null) {
            throw new SchemaDiffException(ErrorCode.USAGE, tool.replays()
                    ? "--to-entities reconciles to the entities: give them with --classes"
                    : tool.name() + " migrations are not replayed, so recover verifies the schema against the"
                            + " entities before stamping: give them with --classes");
        }
        ToolHistory history = assessment.history();
        List<String> toStamp = tool.replays() ? assessment.pending()
                : history.applied().containsAll(history.heads()) ? List.of() : history.heads();
        List<DataChange> dataChanges = replay.stream().filter(version -> toStamp.contains(version.version()))
                .flatMap(version -> version.dataChanged().stream()).toList();
        PlanResult reconcile = SchemaDiff.plan(live, entities, options.plan());
        requirePrivileges(live, reconcile);
        if (options.dryRun()) {
            return new RecoverReport(assessment.state(), List.of(), toStamp, reconcile, plannedRepairs(history),
                    tool.describeStamp(live, toStamp), List.of(), dataChanges, List.of(), List.of(), true);
        }
        if (reconcile.plan().hasStatements()) {
            options.progress().accept("applying the entities");
            SchemaDiff.apply(live, entities, options.plan());
        }
        SchemaModel after = currentModel(live);
        SchemaModel head = replay.isEmpty() ? entities.model() : replay.get(replay.size() - 1).model();
        // With nothing left to record, a gap is drift to report (status), not a reason to refuse.
        List<Gap> gaps = toStamp.isEmpty() ? List.of() : presence.gaps(head, after);
        refuseUnlessForced(gaps, reconcile.plan().hasStatements() ? "the entities were applied" : "nothing was changed");
        if (!gaps.isEmpty()) {
            options.progress().accept("warning: --force-stamp: recording " + String.join(", ", toStamp)
                    + " although the database lacks " + join(gaps));
        }
        List<String> repaired = history.needsRepair() ? tool.repair(live) : List.of();
        List<StampedVersion> stamped = toStamp.isEmpty() ? List.of() : tool.stamp(live, toStamp, dataChanged(dataChanges));
        List<String> migrated = tool.migrate(live);
        return new RecoverReport(assessment.state(), gaps.isEmpty() ? toStamp : List.of(), List.of(), reconcile,
                repaired, stamped, migrated, dataChanges, gaps, List.of(), false);
    }

    private void refuseUnlessForced(List<Gap> gaps, String done) {
        if (!gaps.isEmpty() && !options.forceStamp()) {
            throw new SchemaDiffException(ErrorCode.APPLY, done + ", but the database lacks what the " + tool.name()
                    + " migrations create, so the history was not stamped: " + join(gaps)
                    + "; add those to the entities and rerun, or record the migrations anyway with --force-stamp");
        }
    }

    private List<ReplayedVersion> replay() {
        if (!tool.replays()) {
            return List.of();
        }
        ScratchServer server = options.scratch() != null ? options.scratch() : ScratchServer.embedded();
        try {
            options.progress().accept("replaying the " + tool.name() + " migrations into a scratch database");
            try (ScratchDatabase scratch = ScratchDatabase.create(server)) {
                List<ReplayedVersion> replayed = tool.replay(scratch.connection(), options.schemas());
                options.progress().accept("replayed " + replayed.size() + " migration" + (replayed.size() == 1 ? "" : "s"));
                return replayed;
            }
        } finally {
            if (options.scratch() == null) {
                server.close();
            }
        }
    }

    private Assessment assess(Connection live, List<ReplayedVersion> replay) {
        ToolHistory history = tool.read(live);
        SchemaModel liveModel = currentModel(live);
        if (tool.replays()) {
            return Assessment.of(history, replay, liveModel, presence);
        }
        return Assessment.withoutReplay(history, options.entities() == null ? null : options.entities().model(),
                liveModel, presence, history.heads());
    }

    private SchemaModel currentModel(Connection live) {
        return catalogReader.read(live, options.schemas());
    }

    /** The plan that adds what the database lacks of the stamp target, or {@code null} when nothing is missing. */
    private PlanResult reconcilePlan(Connection live, Assessment assessment) {
        if (assessment.gaps().isEmpty() || assessment.targetModel() == null) {
            return null;
        }
        return SchemaDiff.plan(live, expected(assessment.targetModel()), options.plan());
    }

    private ExpectedSchema expected(SchemaModel model) {
        return new ExpectedSchema(model, options.entities() == null ? Provenance.EMPTY : options.entities().provenance(),
                List.of());
    }

    private List<String> missingPrivileges(Connection live, PlanResult reconcile) {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<QualifiedName, List<String>> table : tool.historyPrivileges(live).entrySet()) {
            Sql.rows(live, HISTORY_PRIVILEGES, "checking privileges on " + table.getKey(), table.getKey().schema(),
                    table.getKey().name(), table.getValue()).forEach(row -> missing.add(row.get(0)));
        }
        if (reconcile != null) {
            missing.addAll(SchemaDiff.missingPrivileges(live, reconcile.plan()));
        }
        return missing;
    }

    private void requirePrivileges(Connection live, PlanResult reconcile) {
        List<String> missing = missingPrivileges(live, reconcile);
        if (!missing.isEmpty()) {
            throw new SchemaDiffException(ErrorCode.PERMISSION, "permission denied, nothing was changed: "
                    + String.join("; ", missing));
        }
    }

    private void requireHistoryPrivileges(Connection live) {
        requirePrivileges(live, null);
    }

    private static List<String> plannedRepairs(ToolHistory history) {
        List<String> repairs = new ArrayList<>();
        for (MigrationEntry entry : history.entries()) {
            switch (entry.status()) {
                case FAILED -> repairs.add("remove the failed row of " + entry.version());
                case MISSING_FILE -> repairs.add("mark " + entry.version() + " deleted (its file is gone)");
                case CHECKSUM_MISMATCH -> repairs.add("realign the checksum of " + entry.version() + " with its file");
                default -> {
                    // applied and pending migrations need no repair
                }
            }
        }
        return repairs;
    }

    private static List<String> notStamped(Assessment assessment) {
        return assessment.pending().stream().filter(version -> !assessment.toStamp().contains(version)).toList();
    }

    private static String problems(ToolHistory history) {
        return history.entries().stream()
                .filter(entry -> entry.status() == Status.FAILED || entry.status() == Status.MISSING_FILE
                        || entry.status() == Status.CHECKSUM_MISMATCH)
                .map(entry -> entry.version() + " " + entry.status().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private static Set<String> dataChanged(List<DataChange> changes) {
        return changes.stream().map(DataChange::version).collect(Collectors.toSet());
    }

    private static String versions(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all.isEmpty() ? "migrations already recorded" : "migrations " + String.join(", ", all);
    }

    private static String last(List<String> versions) {
        return versions.isEmpty() ? "the recorded ones" : versions.get(versions.size() - 1);
    }

    private static String join(List<Gap> gaps) {
        return gaps.stream().map(Gap::toString).collect(Collectors.joining("; "));
    }
}
