package dev.schemadiff.review;

import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.Index;
import dev.schemadiff.schema.PrimaryKey;
import dev.schemadiff.schema.UniqueKey;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A key, index or check of a table, so that one set of review changes covers every kind. */
public sealed interface TableConstraint {

    /** {@code primary key}, {@code unique key}, {@code index}, {@code foreign key} or {@code check}. */
    String kind();

    /** The constraint or index name. */
    String name();

    /** What it covers, such as {@code (candidate_id) references public.candidate (id)}. */
    String definition();

    /** {@code kind name definition}, for one report line. */
    default String describe() {
        return kind() + " " + name() + " " + definition();
    }

    record Primary(PrimaryKey key) implements TableConstraint {
        public Primary {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String kind() {
            return "primary key";
        }

        @Override
        public String name() {
            return key.name();
        }

        @Override
        public String definition() {
            return columns(key.columns());
        }
    }

    record Unique(UniqueKey key) implements TableConstraint {
        public Unique {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String kind() {
            return "unique key";
        }

        @Override
        public String name() {
            return key.name();
        }

        @Override
        public String definition() {
            return columns(key.columns());
        }
    }

    record IndexOn(Index index) implements TableConstraint {
        public IndexOn {
            Objects.requireNonNull(index, "index");
        }

        @Override
        public String kind() {
            return index.unique() ? "unique index" : "index";
        }

        @Override
        public String name() {
            return index.name();
        }

        @Override
        public String definition() {
            return columns(index.columns());
        }
    }

    record Foreign(ForeignKey key) implements TableConstraint {
        public Foreign {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String kind() {
            return "foreign key";
        }

        @Override
        public String name() {
            return key.name();
        }

        @Override
        public String definition() {
            String definition = columns(key.columns()) + " references " + key.referencedTable() + " "
                    + columns(key.referencedColumns());
            return key.onDelete() == ForeignKey.ReferentialAction.NO_ACTION ? definition
                    : definition + " on delete " + key.onDelete().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    record Check(CheckConstraint check) implements TableConstraint {
        public Check {
            Objects.requireNonNull(check, "check");
        }

        @Override
        public String kind() {
            return "check";
        }

        @Override
        public String name() {
            return check.name();
        }

        @Override
        public String definition() {
            return "(" + check.expression() + ")";
        }
    }

    private static String columns(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }
}
