package dev.schemadiff.history.internal;

import dev.schemadiff.history.MigrationEntry;
import dev.schemadiff.history.MigrationEntry.Status;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tool's history read against its migration files. Nothing here is written.
 *
 * @param tableExists  whether the history table exists
 * @param entries      every migration the files or the history know, in the tool's order
 * @param fileVersions the versions the files hold, in the order they run
 * @param heads        Alembic's heads; empty for the other tools
 * @param notes        facts worth a line (multiple heads, migrations not checked)
 */
public record ToolHistory(boolean tableExists, List<MigrationEntry> entries, List<String> fileVersions,
                          List<String> heads, List<String> notes) {

    public ToolHistory {
        entries = List.copyOf(entries);
        fileVersions = List.copyOf(fileVersions);
        heads = List.copyOf(heads);
        notes = List.copyOf(notes);
    }

    /** Versions recorded as applied, whether or not their file is still there. */
    public Set<String> applied() {
        return versions(Status.APPLIED, Status.CHECKSUM_MISMATCH, Status.MISSING_FILE);
    }

    /** Whether the tool would refuse to migrate until the history is repaired. */
    public boolean needsRepair() {
        return !versions(Status.FAILED, Status.MISSING_FILE, Status.CHECKSUM_MISMATCH).isEmpty();
    }

    public Set<String> versions(Status... statuses) {
        Set<Status> wanted = Set.of(statuses);
        return entries.stream().filter(entry -> wanted.contains(entry.status())).map(MigrationEntry::version)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
