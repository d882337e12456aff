package dev.schemadiff.review.internal;

import dev.schemadiff.emit.CheckReplacement;
import dev.schemadiff.review.Hazard;
import dev.schemadiff.review.HazardCode;
import dev.schemadiff.review.ReviewChange;
import dev.schemadiff.review.ReviewChange.ColumnChanged.Aspect;
import dev.schemadiff.review.TableConstraint;
import dev.schemadiff.review.TableSize;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hazards of one review change. Every change on a table other than {@link ReviewChange.TableAdded}
 * concerns a table that exists at base, which may hold rows; a new table is empty and has none.
 *
 * @param sizes table sizes from {@code --db}, added to the detail of lock and scan hazards; may be empty
 */
public record HazardAnalyzer(Map<QualifiedName, TableSize> sizes) {

    public HazardAnalyzer {
        sizes = Map.copyOf(sizes);
    }

    public List<Hazard> hazards(ReviewChange change) {
        List<Hazard> hazards = new ArrayList<>();
        if (change instanceof ReviewChange.TableAdded || change instanceof ReviewChange.SequenceAdded
                || change instanceof ReviewChange.SequenceRemoved || change instanceof ReviewChange.ConstraintRemoved) {
            return hazards;
        }
        if (change instanceof ReviewChange.TableRemoved) {
            hazards.add(Hazard.of(HazardCode.TABLE_REMOVED, ""));
        } else if (change instanceof ReviewChange.TableRenamed renamed) {
            hazards.add(Hazard.of(HazardCode.RENAME_SUSPECTED, renamed.before().name() + " -> " + renamed.after().name()));
        } else if (change instanceof ReviewChange.ColumnAdded added) {
            Column column = added.column();
            if (!column.nullable() && column.defaultValue() == null && column.identity() == Column.Identity.NONE) {
                hazards.add(Hazard.of(HazardCode.NOT_NULL_WITHOUT_DEFAULT, column.name() + sizeOf(added.table())));
            }
        } else if (change instanceof ReviewChange.ColumnRemoved removed) {
            hazards.add(Hazard.of(HazardCode.COLUMN_REMOVED, removed.column().name()));
        } else if (change instanceof ReviewChange.ColumnRenamed renamed) {
            hazards.add(Hazard.of(HazardCode.RENAME_SUSPECTED, renamed.before().name() + " -> " + renamed.after().name()));
        } else if (change instanceof ReviewChange.ColumnChanged changed) {
            columnChanged(changed, hazards);
        } else if (change instanceof ReviewChange.ConstraintAdded added) {
            constraintAdded(added.table(), added.constraint(), hazards);
        } else if (change instanceof ReviewChange.ConstraintChanged changed) {
            constraintChanged(changed, hazards);
        } else if (change instanceof ReviewChange.SequenceChanged changed) {
            if (changed.before().increment() != changed.after().increment()) {
                hazards.add(Hazard.of(HazardCode.SEQUENCE_ALLOCATION_CHANGED, "INCREMENT BY "
                        + changed.before().increment() + " -> " + changed.after().increment()));
            }
        } else if (change instanceof ReviewChange.EnumReordered reordered) {
            hazards.add(Hazard.of(HazardCode.ENUM_ORDINAL_REORDERED, reordered.enumType() + " on " + reordered.column()));
        } else {
            throw new IllegalArgumentException("no hazard rules for " + change.getClass().getName());
        }
        return hazards;
    }

    private void columnChanged(ReviewChange.ColumnChanged changed, List<Hazard> hazards) {
        String column = changed.after().name();
        if (changed.aspects().contains(Aspect.TYPE)) {
            String detail = column + ": " + changed.before().type() + " -> " + changed.after().type() + sizeOf(changed.table());
            switch (TypeChange.of(changed.before().type(), changed.after().type())) {
                case NARROWING -> hazards.add(Hazard.of(HazardCode.TYPE_NARROWING, detail));
                case REWRITE -> hazards.add(Hazard.of(HazardCode.TYPE_CHANGE_REWRITES, detail));
                case IN_PLACE -> { }
            }
        }
        if (changed.aspects().contains(Aspect.NULLABILITY) && !changed.after().nullable()) {
            hazards.add(Hazard.of(HazardCode.SET_NOT_NULL, column + sizeOf(changed.table())));
        }
    }

    private void constraintAdded(QualifiedName table, TableConstraint constraint, List<Hazard> hazards) {
        String detail = constraint.name() + sizeOf(table);
        if (constraint instanceof TableConstraint.Primary || constraint instanceof TableConstraint.Unique
                || constraint instanceof TableConstraint.IndexOn index && index.index().unique()) {
            hazards.add(Hazard.of(HazardCode.UNIQUE_OVER_EXISTING_DATA, detail));
        } else if (constraint instanceof TableConstraint.IndexOn) {
            hazards.add(Hazard.of(HazardCode.INDEX_WITHOUT_CONCURRENTLY, detail));
        } else if (constraint instanceof TableConstraint.Foreign) {
            hazards.add(Hazard.of(HazardCode.FK_VALIDATION_SCAN, detail));
        } else if (constraint instanceof TableConstraint.Check) {
            hazards.add(Hazard.of(HazardCode.CHECK_VALIDATION_SCAN, detail));
        } else {
            throw new IllegalArgumentException("no hazard rules for " + constraint.getClass().getName());
        }
    }

    private void constraintChanged(ReviewChange.ConstraintChanged changed, List<Hazard> hazards) {
        if (changed.before() instanceof TableConstraint.Check before && changed.after() instanceof TableConstraint.Check after) {
            Optional<EnumCheck> old = EnumCheck.parse(before.check().expression());
            Optional<EnumCheck> now = EnumCheck.parse(after.check().expression());
            if (old.isPresent() && now.isPresent() && old.get().gainsValuesIn(now.get())) {
                hazards.add(new Hazard(HazardCode.ENUM_STRING_CONSTANT_ADDED, after.name() + " on " + now.get().column(),
                        CheckReplacement.statements(changed.table(), before.check(), after.check())));
                return;
            }
        }
        // any other changed constraint is a drop and an add on a table with rows
        constraintAdded(changed.table(), changed.after(), hazards);
    }

    private String sizeOf(QualifiedName table) {
        TableSize size = sizes.get(table);
        return size == null ? "" : " (" + table + ": " + size.describe() + ")";
    }
}
