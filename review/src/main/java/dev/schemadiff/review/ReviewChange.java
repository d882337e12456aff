package dev.schemadiff.review;

import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.Sequence;
import dev.schemadiff.schema.Table;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One thing a pull request changes in the schema its entities need, base to head. The set is closed;
 * renderers end their {@code instanceof} chains in a {@code throw}, and a test checks every permitted type.
 */
public sealed interface ReviewChange {

    /** The table or sequence the change belongs to: reports group by it. */
    QualifiedName subject();

    /** One line, such as {@code column expected_wage character varying(120) added}. */
    String summary();

    record TableAdded(Table table) implements ReviewChange {
        public TableAdded {
            Objects.requireNonNull(table, "table");
        }

        @Override
        public QualifiedName subject() {
            return table.name();
        }

        @Override
        public String summary() {
            return "table added (" + count(table.columns().size(), "column") + ")";
        }
    }

    record TableRemoved(Table table) implements ReviewChange {
        public TableRemoved {
            Objects.requireNonNull(table, "table");
        }

        @Override
        public QualifiedName subject() {
            return table.name();
        }

        @Override
        public String summary() {
            return "table removed from the entities (" + count(table.columns().size(), "column") + ")";
        }
    }

    /** A table removed and one with the same columns added: probably a rename. */
    record TableRenamed(Table before, Table after) implements ReviewChange {
        public TableRenamed {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public QualifiedName subject() {
            return after.name();
        }

        @Override
        public String summary() {
            return "table renamed from " + before.name() + "? (same columns)";
        }
    }

    record ColumnAdded(QualifiedName table, Column column) implements ReviewChange {
        public ColumnAdded {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        @Override
        public QualifiedName subject() {
            return table;
        }

        @Override
        public String summary() {
            return "column " + column.name() + " " + describe(column) + " added";
        }
    }

    record ColumnRemoved(QualifiedName table, Column column) implements ReviewChange {
        public ColumnRemoved {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        @Override
        public QualifiedName subject() {
            return table;
        }

        @Override
        public String summary() {
            return "column " + column.name() + " " + describe(column) + " removed from the entities";
        }
    }

    /** A column removed and one of the same type added in the same table: probably a rename. */
    record ColumnRenamed(QualifiedName table, Column before, Column after) implements ReviewChange {
        public ColumnRenamed {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public QualifiedName subject() {
            return table;
        }

        @Override
        public String summary() {
            return "column " + after.name() + " renamed from " + before.name() + "? (" + after.type() + ")";
        }
    }

    /** @param aspects what differs; never empty */
    record ColumnChanged(QualifiedName table, Column before, Column after, Set<Aspect> aspects)
            implements ReviewChange {
        public ColumnChanged {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            aspects = aspects.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(aspects));
        }

        @Override
        public QualifiedName subject() {
            return table;
        }

        @Override
        public String summary() {
            return "column " + after.name() + " changed: " + EnumSet.copyOf(aspects).stream()
                    .map(aspect -> aspect.describe(before, after)).collect(Collectors.joining(", "));
        }

        /** A column property that can differ. */
        public enum Aspect {
            TYPE,
            NULLABILITY,
            DEFAULT,
            IDENTITY;

            String describe(Column before, Column after) {
                return switch (this) {
                    case TYPE -> "type " + before.type() + " -> " + after.type();
                    case NULLABILITY -> after.nullable() ? "now nullable" : "now NOT NULL";
                    case DEFAULT -> "default " + orNone(before.defaultValue()) + " -> " + orNone(after.defaultValue());
                    case IDENTITY -> "identity " + before.identity().name().toLowerCase(Locale.ROOT) + " -> "
                            + after.identity().name().toLowerCase(Locale.ROOT);
                };
            }
        }
    }

    record ConstraintAdded(QualifiedName table, TableConstraint constraint) implements ReviewChange {
        public ConstraintAdded {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(constraint, "constraint");
        }

        @Override
        public QualifiedName subject() {
            return table;
        }

        @Override
        public String summary() {
            return constraint.describe() + " added";
        }
    }

    record ConstraintRemoved(QualifiedName table, TableConstraint constraint) implements ReviewChange {
        public ConstraintRemoved {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(constraint, "constraint");
        }

        @Override
        public QualifiedName subject() {
            return table;
        }

        @Override
        public String summary() {
            return constraint.describe() + " removed from the entities";
        }
    }

    /** The same constraint (by name for checks, by columns otherwise) with another definition. */
    record ConstraintChanged(QualifiedName table, TableConstraint before, TableConstraint after)
            implements ReviewChange {
        public ConstraintChanged {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public QualifiedName subject() {
            return table;
        }

        @Override
        public String summary() {
            return after.kind() + " " + after.name() + " changed: " + before.definition() + " -> " + after.definition();
        }
    }

    record SequenceAdded(Sequence sequence) implements ReviewChange {
        public SequenceAdded {
            Objects.requireNonNull(sequence, "sequence");
        }

        @Override
        public QualifiedName subject() {
            return sequence.name();
        }

        @Override
        public String summary() {
            return "sequence added (start " + sequence.start() + ", increment " + sequence.increment() + ")";
        }
    }

    record SequenceRemoved(Sequence sequence) implements ReviewChange {
        public SequenceRemoved {
            Objects.requireNonNull(sequence, "sequence");
        }

        @Override
        public QualifiedName subject() {
            return sequence.name();
        }

        @Override
        public String summary() {
            return "sequence removed from the entities";
        }
    }

    record SequenceChanged(Sequence before, Sequence after) implements ReviewChange {
        public SequenceChanged {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public QualifiedName subject() {
            return after.name();
        }

        @Override
        public String summary() {
            return "sequence changed: start " + before.start() + " -> " + after.start() + ", increment "
                    + before.increment() + " -> " + after.increment();
        }
    }

    /**
     * Constants of an enum stored by ordinal moved or were removed: read from the sources, since the model
     * keeps only the range of ordinals.
     */
    record EnumReordered(QualifiedName table, String column, String enumType, List<String> before, List<String> after)
            implements ReviewChange {
        public EnumReordered {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(enumType, "enumType");
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        @Override
        public QualifiedName subject() {
            return table;
        }

        @Override
        public String summary() {
            return "column " + column + ": enum " + enumType + " stored by ordinal reordered: " + String.join(", ", before)
                    + " -> " + String.join(", ", after);
        }
    }

    private static String describe(Column column) {
        StringBuilder text = new StringBuilder(column.type());
        if (!column.nullable()) {
            text.append(" NOT NULL");
        }
        if (column.defaultValue() != null) {
            text.append(" DEFAULT ").append(column.defaultValue());
        }
        return text.toString();
    }

    private static String orNone(String value) {
        return value == null ? "none" : value;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
