package dev.schemadiff.history;

import dev.schemadiff.api.PlanResult;
import java.util.List;

/**
 * What {@code recover} (or {@code apply --stamp}) did, or in a dry run would do.
 *
 * @param before      how the database stood, under the tool's lock, before anything was written
 * @param verified    pending migrations whose objects all existed: recorded without running them
 * @param reconciled  pending migrations whose objects existed in part: the rest was added, then recorded
 * @param reconcile   the plan that added the missing part, or {@code null} when nothing was missing
 * @param repaired    history repairs made before stamping (failed rows removed, rows of deleted files
 *                    marked deleted, checksums of changed files realigned), one line each
 * @param stamped     the history rows written
 * @param migrated    migrations the tool itself then ran (the hand-over)
 * @param dataChanges stamped migrations that changed rows in the replay: those changes were not applied
 * @param forcedGaps  with {@code --force-stamp}: what the database lacks although the history now says applied
 * @param notStamped  pending migrations neither stamped nor run: {@code apply --stamp} leaves those whose
 *                    objects are absent or incomplete to the tool
 * @param dryRun      whether this is what would happen (nothing was written)
 */
public record RecoverReport(
        DatabaseState before, List<String> verified, List<String> reconciled, PlanResult reconcile,
        List<String> repaired, List<StampedVersion> stamped, List<String> migrated, List<DataChange> dataChanges,
        List<Gap> forcedGaps, List<String> notStamped, boolean dryRun) {

    public RecoverReport {
        verified = List.copyOf(verified);
        reconciled = List.copyOf(reconciled);
        repaired = List.copyOf(repaired);
        stamped = List.copyOf(stamped);
        migrated = List.copyOf(migrated);
        dataChanges = List.copyOf(dataChanges);
        forcedGaps = List.copyOf(forcedGaps);
        notStamped = List.copyOf(notStamped);
    }

    /** Whether recover found nothing to do: no reconcile, no repair, no stamp, nothing migrated. */
    public boolean nothingToDo() {
        return (reconcile == null || !reconcile.plan().hasStatements()) && repaired.isEmpty() && stamped.isEmpty()
                && migrated.isEmpty();
    }
}
