package dev.schemadiff.review.internal;

import dev.schemadiff.review.ReviewChange;
import java.util.Locale;

/** Stable names and markers of review changes, shared by the renderers. */
final class Kinds {
    private Kinds() {
    }

    /** {@code column_added} for {@code ColumnAdded}: the JSON {@code kind}. */
    static String jsonName(ReviewChange change) {
        return change.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** {@code +} added, {@code -} removed, {@code ~} changed, {@code ?} a suspected rename. */
    static char marker(ReviewChange change) {
        if (change instanceof ReviewChange.TableAdded || change instanceof ReviewChange.ColumnAdded
                || change instanceof ReviewChange.ConstraintAdded || change instanceof ReviewChange.SequenceAdded) {
            return '+';
        }
        if (change instanceof ReviewChange.TableRemoved || change instanceof ReviewChange.ColumnRemoved
                || change instanceof ReviewChange.ConstraintRemoved || change instanceof ReviewChange.SequenceRemoved) {
            return '-';
        }
        if (change instanceof ReviewChange.TableRenamed || change instanceof ReviewChange.ColumnRenamed) {
            return '?';
        }
        if (change instanceof ReviewChange.ColumnChanged || change instanceof ReviewChange.ConstraintChanged
                || change instanceof ReviewChange.SequenceChanged || change instanceof ReviewChange.EnumReordered) {
            return '~';
        }
        throw new IllegalArgumentException("no marker for " + change.getClass().getName());
    }
}
