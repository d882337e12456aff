package dev.schemadiff.history.internal;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.diff.DiffOptions;
import dev.schemadiff.history.DataChange;
import dev.schemadiff.history.DatabaseState;
import dev.schemadiff.history.Gap;
import dev.schemadiff.history.MigrationEntry.Status;
import dev.schemadiff.schema.SchemaModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a database stands against the replayed migrations, computed under the tool's lock so that the
 * stamp written is the one decided here.
 *
 * <p>Replayed schemas are cumulative: {@code M(i)} is the schema after the first {@code i} migrations.
 * The verified run ends at the last version {@code k} whose schema the database contains (a later
 * migration may alter an earlier one's objects, so containment is checked from the top down). After it,
 * each version whose additions already exist in part (so running it would collide) is counted too, up
 * to the first that adds only what is absent: the stamp target. The database is then reconciled to
 * {@code M(target)} and every pending version up to the target is recorded as applied.
 *
 * @param toStamp     pending versions up to the target, in order
 * @param verified    those whose schema was contained as it was
 * @param reconciled  those completed by the reconcile
 * @param targetModel {@code M(target)}, or {@code null} when nothing is recorded or stamped
 * @param gaps        what the database lacks of {@code M(target)}
 * @param dataChanges replay data changes of the versions to stamp
 * @param pending     every pending version, stamped or not
 */
public record Assessment(
        ToolHistory history, List<String> toStamp, List<String> verified, List<String> reconciled,
        SchemaModel targetModel, List<Gap> gaps, List<DataChange> dataChanges, List<String> pending,
        DatabaseState state) {

    public Assessment {
        toStamp = List.copyOf(toStamp);
        verified = List.copyOf(verified);
        reconciled = List.copyOf(reconciled);
        gaps = List.copyOf(gaps);
        dataChanges = List.copyOf(dataChanges);
        pending = List.copyOf(pending);
    }

    /** Assesses a tool whose migrations were replayed. */
    public static Assessment of(ToolHistory history, List<ReplayedVersion> replay, SchemaModel live, Presence presence) {
        List<String> files = history.fileVersions();
        Map<String, ReplayedVersion> byVersion = new HashMap<>();
        replay.forEach(version -> byVersion.put(version.version(), version));
        List<SchemaModel> models = new ArrayList<>(files.size() + 1);
        models.add(SchemaModel.EMPTY);
        for (String version : files) {
            ReplayedVersion replayed = byVersion.get(version);
            if (replayed == null) {
                throw new SchemaDiffException(ErrorCode.USAGE, "migration " + version + " did not run in the replay;"
                        + " check that it is not excluded by the tool's configuration");
            }
            models.add(replayed.model());
        }
        Set<String> applied = history.applied();
        int lastApplied = 0;
        for (int i = 1; i <= files.size(); i++) {
            if (applied.contains(files.get(i - 1))) {
                lastApplied = i;
            }
        }
        int contained = -1;
        for (int i = files.size(); i >= Math.max(lastApplied, 1); i--) {
            if (presence.gaps(models.get(i), live).isEmpty()) {
                contained = i;
                break;
            }
        }
        int target = contained >= 0 ? contained : lastApplied;
        while (target < files.size() && presence.partlyPresent(models.get(target), models.get(target + 1), live)) {
            target++;
        }
        List<String> toStamp = new ArrayList<>();
        List<String> verified = new ArrayList<>();
        List<String> reconciled = new ArrayList<>();
        List<DataChange> dataChanges = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (int i = 1; i <= files.size(); i++) {
            String version = files.get(i - 1);
            if (applied.contains(version)) {
                continue;
            }
            pending.add(version);
            if (i <= target) {
                toStamp.add(version);
                (i <= contained ? verified : reconciled).add(version);
                byVersion.get(version).dataChanged().ifPresent(dataChanges::add);
            }
        }
        SchemaModel targetModel = target > 0 ? models.get(target) : null;
        List<Gap> gaps = targetModel == null ? List.of() : presence.gaps(targetModel, live);
        DatabaseState state = classify(history, live, !toStamp.isEmpty(), !gaps.isEmpty(), !pending.isEmpty());
        return new Assessment(history, toStamp, verified, reconciled, targetModel, gaps, dataChanges, pending, state);
    }

    /**
     * Assesses a tool whose migrations cannot be replayed (Alembic): the entities stand for the schema
     * the migrations produce, and the stamp is the files' heads.
     *
     * @param entities the entities' schema, or {@code null} when none were given (then nothing is verified)
     */
    public static Assessment withoutReplay(ToolHistory history, SchemaModel entities, SchemaModel live,
                                           Presence presence, List<String> stampVersions) {
        Set<String> applied = history.applied();
        List<String> pending = history.fileVersions().stream().filter(version -> !applied.contains(version)).toList();
        List<Gap> gaps = entities == null ? List.of() : presence.gaps(entities, live);
        boolean stampDue = !stampVersions.isEmpty() && !applied.containsAll(stampVersions)
                && entities != null && gaps.isEmpty();
        DatabaseState state = classify(history, live, stampDue, !gaps.isEmpty() && pending.isEmpty(), !pending.isEmpty());
        return new Assessment(history, stampDue ? stampVersions : List.of(), List.of(), List.of(), entities, gaps,
                List.of(), pending, state);
    }

    private static DatabaseState classify(ToolHistory history, SchemaModel live, boolean stampDue, boolean gaps,
                                          boolean pending) {
        boolean noTables = live.tables().stream()
                .allMatch(table -> DiffOptions.MIGRATION_TOOL_TABLES.contains(table.name().name()));
        boolean nothingRecorded = history.entries().stream().allMatch(entry -> entry.status() == Status.PENDING);
        if (noTables && nothingRecorded) {
            return DatabaseState.FRESH;
        }
        if (!history.versions(Status.MISSING_FILE, Status.CHECKSUM_MISMATCH).isEmpty()) {
            return DatabaseState.ORPHANED;
        }
        if (nothingRecorded) {
            return DatabaseState.UNTRACKED;
        }
        if (stampDue || !history.versions(Status.FAILED).isEmpty()) {
            return DatabaseState.BEHIND;
        }
        if (gaps) {
            return DatabaseState.DRIFTED;
        }
        return pending ? DatabaseState.PENDING : DatabaseState.IN_SYNC;
    }
}
