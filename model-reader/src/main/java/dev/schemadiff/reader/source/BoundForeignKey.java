package dev.schemadiff.reader.source;

import dev.schemadiff.schema.ForeignKey.ReferentialAction;
import java.util.List;

/**
 * A foreign key as the binder builds it.
 *
 * @param columns           the referencing columns
 * @param referencedEntity  the entity whose table is referenced
 * @param referencedColumns the referenced columns, or empty for the referenced table's primary key
 * @param explicitName      the name given by {@code @ForeignKey(name)}, or {@code null}
 * @param constrained       whether a constraint is created ({@code ConstraintMode.NO_CONSTRAINT} says no)
 */
record BoundForeignKey(List<BoundColumn> columns, EntityMapping referencedEntity, List<BoundColumn> referencedColumns,
                       String explicitName, ReferentialAction onDelete, boolean constrained) {
    BoundForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
