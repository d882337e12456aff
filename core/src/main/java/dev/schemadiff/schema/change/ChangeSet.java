package dev.schemadiff.schema.change;

import java.util.List;

/**
 * The result of a diff: the changes to emit, in no particular order (the emitter orders them), and
 * the findings to report.
 */
public record ChangeSet(List<SchemaChange> changes, List<Finding> findings) {
    public static final ChangeSet EMPTY = new ChangeSet(List.of(), List.of());

    public ChangeSet {
        changes = List.copyOf(changes);
        findings = List.copyOf(findings);
    }

    public boolean isEmpty() {
        return changes.isEmpty() && findings.isEmpty();
    }
}
