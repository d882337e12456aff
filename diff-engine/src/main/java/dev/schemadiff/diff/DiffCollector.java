package dev.schemadiff.diff;

import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.Origin;
import dev.schemadiff.schema.Provenance;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.change.AddForeignKey;
import dev.schemadiff.schema.change.ChangeSet;
import dev.schemadiff.schema.change.CreateSchema;
import dev.schemadiff.schema.change.CreateSequence;
import dev.schemadiff.schema.change.CreateTable;
import dev.schemadiff.schema.change.Finding;
import dev.schemadiff.schema.change.FindingKind;
import dev.schemadiff.schema.change.SchemaChange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Collects the changes and findings of one diff, and withholds changes whose names are too long. */
final class DiffCollector {
    private final Provenance provenance;
    private final List<SchemaChange> changes = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Set<QualifiedName> withheldTables = new HashSet<>();

    DiffCollector(Provenance provenance) {
        this.provenance = provenance;
    }

    /**
     * Records a change, or withholds it with a {@link FindingKind#NAME_TOO_LONG} finding per long name.
     *
     * @param subject the table or sequence the change belongs to
     * @return whether the change was recorded
     */
    boolean change(QualifiedName subject, SchemaChange change) {
        List<IdentifierLimits.CreatedName> tooLong = IdentifierLimits.tooLong(change);
        if (tooLong.isEmpty()) {
            changes.add(change);
            return true;
        }
        for (IdentifierLimits.CreatedName name : tooLong) {
            finding(FindingKind.NAME_TOO_LONG, subject, name.column(), name.name(),
                    name.bytes() + " bytes; PostgreSQL keeps " + IdentifierLimits.MAX_BYTES);
        }
        if (change instanceof CreateTable) {
            withheldTables.add(subject);
        }
        return false;
    }

    /** Records a finding about a column (with its origin) or, with a {@code null} column, about the whole object. */
    void finding(FindingKind kind, QualifiedName table, String column, String expected, String actual) {
        finding(kind, table, column, expected, actual, column == null ? null : originOf(table, column));
    }

    void finding(FindingKind kind, QualifiedName table, String column, String expected, String actual, Origin origin) {
        findings.add(new Finding(kind, table, column, expected, actual, origin));
    }

    /** The entity attribute a column comes from, or {@code null}. */
    Origin originOf(QualifiedName table, String column) {
        return provenance.originOf(new ColumnRef(table, column)).orElse(null);
    }

    /** The origin of a constraint: that of its first column, which names the attribute in most mappings. */
    Origin originOf(QualifiedName table, List<String> columns) {
        return columns.isEmpty() ? null : originOf(table, columns.get(0));
    }

    /**
     * The collected result. Foreign keys that reference a withheld table are dropped too; a schema is
     * created for every new table or sequence outside the existing schemas.
     */
    ChangeSet result(Set<String> existingSchemas) {
        List<SchemaChange> kept = changes.stream().filter(change -> !referencesWithheldTable(change)).toList();
        Set<String> newSchemas = new TreeSet<>();
        for (SchemaChange change : kept) {
            if (change instanceof CreateTable) {
                newSchemas.add(((CreateTable) change).table().name().schema());
            } else if (change instanceof CreateSequence) {
                newSchemas.add(((CreateSequence) change).sequence().name().schema());
            }
        }
        newSchemas.removeAll(existingSchemas);
        newSchemas.remove("public");
        List<SchemaChange> all = Stream.concat(newSchemas.stream().map(CreateSchema::new), kept.stream()).toList();
        return new ChangeSet(all, findings);
    }

    private boolean referencesWithheldTable(SchemaChange change) {
        return change instanceof AddForeignKey
                && withheldTables.contains(((AddForeignKey) change).foreignKey().referencedTable());
    }
}
