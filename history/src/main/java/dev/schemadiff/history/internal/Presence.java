package dev.schemadiff.history.internal;

import dev.schemadiff.diff.DiffOptions;
import dev.schemadiff.diff.SchemaDiffer;
import dev.schemadiff.history.Gap;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.Provenance;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.change.AddColumn;
import dev.schemadiff.schema.change.ChangeSet;
import dev.schemadiff.schema.change.Finding;
import dev.schemadiff.schema.change.FindingKind;
import dev.schemadiff.schema.change.SchemaChange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the schema a migration produces is present in a database, object by object, through the
 * same differ that plans entity reconciles: a replayed schema is a {@link SchemaModel} like any other.
 */
public final class Presence {
    /**
     * Findings that mean an object exists but not as the migrations make it. Defaults, drift and
     * constraints kept NOT VALID do not: the object is there and behaves alike for the migrations to come.
     */
    private static final Set<FindingKind> MISMATCHES = EnumSet.of(FindingKind.TYPE_MISMATCH,
            FindingKind.NULLABILITY_MISMATCH, FindingKind.CHECK_MISMATCH, FindingKind.PRIMARY_KEY_MISMATCH,
            FindingKind.SEQUENCE_INCREMENT_MISMATCH, FindingKind.NAME_TOO_LONG);

    private final SchemaDiffer differ = new SchemaDiffer();
    private final Provenance provenance;

    /** @param provenance the entities' provenance when known, so gaps name entity attributes */
    public Presence(Provenance provenance) {
        this.provenance = provenance;
    }

    /** Everything {@code expected} has that {@code actual} lacks or holds differently; empty when contained. */
    public List<Gap> gaps(SchemaModel expected, SchemaModel actual) {
        ChangeSet changes = diff(expected, actual);
        List<Gap> gaps = new ArrayList<>();
        changes.changes().forEach(change -> gaps.add(GapText.of(change)));
        changes.findings().stream().filter(Presence::isMismatch).forEach(finding -> gaps.add(GapText.of(finding)));
        return gaps;
    }

    /**
     * Whether some of what a migration adds (from {@code before} to {@code after}) already exists in
     * {@code actual}: then running it collides with "already exists".
     */
    public boolean partlyPresent(SchemaModel before, SchemaModel after, SchemaModel actual) {
        Set<SchemaChange> added = keys(diff(after, before));
        added.removeAll(keys(diff(after, actual)));
        return !added.isEmpty();
    }

    /** Whether a finding means the object is there but unlike the migrations' (type, nullability, ...). */
    public static boolean isMismatch(Finding finding) {
        return MISMATCHES.contains(finding.kind());
    }

    private ChangeSet diff(SchemaModel expected, SchemaModel actual) {
        return differ.diff(new ExpectedSchema(expected, provenance, List.of()), actual, DiffOptions.defaults());
    }

    /** A change's identity: how an added column reaches existing rows depends on the rows, not the migration. */
    private static Set<SchemaChange> keys(ChangeSet changes) {
        Set<SchemaChange> keys = new HashSet<>();
        for (SchemaChange change : changes.changes()) {
            keys.add(change instanceof AddColumn add ? AddColumn.asModelled(add.table(), add.column()) : change);
        }
        return keys;
    }
}
