package dev.schemadiff.review;

import dev.schemadiff.review.ReviewChange.ColumnChanged.Aspect;
import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.Index;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Sequence;
import dev.schemadiff.schema.Table;
import dev.schemadiff.schema.UniqueKey;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two schemas the entities expect, base and head, model to model. Pure: no I/O, no SQL.
 *
 * <p>Tables and sequences match by name; columns by name; primary keys by presence; unique keys by
 * their columns; indexes by columns and uniqueness; foreign keys by columns and referenced table; checks
 * by name. Hibernate derives most constraint names from hashes, so a name alone says little.
 *
 * <p>Order is stable: tables by name, then sequences by name; within a table, table-level changes, then
 * columns (removed in base order, changed and added in head order), then constraints by kind and name.
 *
 * <p>Renames are suspected, never certain: a table removed and one added with the same columns (names
 * and types), or within a table a column removed and one of the same type added (paired in order).
 */
public final class ModelDiffer {

    /** The changes from {@code base} to {@code head}. */
    public List<ReviewChange> diff(SchemaModel base, SchemaModel head) {
        List<ReviewChange> changes = new ArrayList<>();
        tables(base, head, changes);
        sequences(base, head, changes);
        return List.copyOf(changes);
    }

    private static void tables(SchemaModel base, SchemaModel head, List<ReviewChange> changes) {
        Map<QualifiedName, Table> before = base.tablesByName();
        Map<QualifiedName, Table> after = head.tablesByName();
        List<Table> removed = before.values().stream().filter(t -> !after.containsKey(t.name())).sorted(
                (a, b) -> a.name().compareTo(b.name())).collect(Collectors.toCollection(ArrayList::new));
        Map<QualifiedName, ReviewChange> bySubject = new TreeMap<>();
        Map<QualifiedName, List<ReviewChange>> tableChanges = new TreeMap<>();
        for (Table table : after.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList()) {
            Table old = before.get(table.name());
            if (old != null) {
                tableChanges.put(table.name(), tableChanges(old, table));
                continue;
            }
            Table renamedFrom = removed.stream().filter(candidate -> sameColumns(candidate, table)).findFirst().orElse(null);
            if (renamedFrom != null) {
                removed.remove(renamedFrom);
                bySubject.put(table.name(), new ReviewChange.TableRenamed(renamedFrom, table));
            } else {
                bySubject.put(table.name(), new ReviewChange.TableAdded(table));
            }
        }
        removed.forEach(table -> bySubject.put(table.name(), new ReviewChange.TableRemoved(table)));
        Map<QualifiedName, List<ReviewChange>> ordered = new TreeMap<>(tableChanges);
        bySubject.forEach((name, change) -> ordered.put(name, List.of(change)));
        ordered.values().forEach(changes::addAll);
    }

    private static boolean sameColumns(Table a, Table b) {
        return a.columns().size() == b.columns().size()
                && a.columns().stream().allMatch(column -> b.column(column.name())
                        .filter(other -> other.type().equals(column.type())).isPresent());
    }

    private static List<ReviewChange> tableChanges(Table base, Table head) {
        List<ReviewChange> changes = new ArrayList<>();
        columns(base, head, changes);
        constraints(base, head, changes);
        return changes;
    }

    private static void columns(Table base, Table head, List<ReviewChange> changes) {
        QualifiedName table = head.name();
        List<Column> removed = base.columns().stream().filter(c -> head.column(c.name()).isEmpty())
                .collect(Collectors.toCollection(ArrayList::new));
        List<ReviewChange> added = new ArrayList<>();
        List<ReviewChange> changed = new ArrayList<>();
        for (Column column : head.columns()) {
            Column old = base.column(column.name()).orElse(null);
            if (old == null) {
                Column renamedFrom = removed.stream().filter(r -> r.type().equals(column.type())).findFirst().orElse(null);
                if (renamedFrom != null) {
                    removed.remove(renamedFrom);
                    added.add(new ReviewChange.ColumnRenamed(table, renamedFrom, column));
                } else {
                    added.add(new ReviewChange.ColumnAdded(table, column));
                }
                continue;
            }
            Set<Aspect> aspects = EnumSet.noneOf(Aspect.class);
            if (!old.type().equals(column.type())) {
                aspects.add(Aspect.TYPE);
            }
            if (old.nullable() != column.nullable()) {
                aspects.add(Aspect.NULLABILITY);
            }
            if (!Objects.equals(old.defaultValue(), column.defaultValue())) {
                aspects.add(Aspect.DEFAULT);
            }
            if (old.identity() != column.identity()) {
                aspects.add(Aspect.IDENTITY);
            }
            if (!aspects.isEmpty()) {
                changed.add(new ReviewChange.ColumnChanged(table, old, column, aspects));
            }
        }
        removed.forEach(column -> changes.add(new ReviewChange.ColumnRemoved(table, column)));
        changes.addAll(changed);
        changes.addAll(added);
    }

    private static void constraints(Table base, Table head, List<ReviewChange> changes) {
        QualifiedName table = head.name();
        if (base.primaryKey() == null && head.primaryKey() != null) {
            changes.add(new ReviewChange.ConstraintAdded(table, new TableConstraint.Primary(head.primaryKey())));
        } else if (base.primaryKey() != null && head.primaryKey() == null) {
            changes.add(new ReviewChange.ConstraintRemoved(table, new TableConstraint.Primary(base.primaryKey())));
        } else if (base.primaryKey() != null && !base.primaryKey().columns().equals(head.primaryKey().columns())) {
            changes.add(new ReviewChange.ConstraintChanged(table, new TableConstraint.Primary(base.primaryKey()),
                    new TableConstraint.Primary(head.primaryKey())));
        }
        matchByKey(table, base.uniqueKeys(), head.uniqueKeys(), UniqueKey::columns, TableConstraint.Unique::new,
                (a, b) -> true, changes);
        matchByKey(table, base.indexes(), head.indexes(), index -> index.columns() + "/" + index.unique(),
                TableConstraint.IndexOn::new, (a, b) -> true, changes);
        matchByKey(table, base.foreignKeys(), head.foreignKeys(), key -> key.columns() + "->" + key.referencedTable(),
                TableConstraint.Foreign::new, ModelDiffer::sameForeignKey, changes);
        matchByKey(table, base.checks(), head.checks(), CheckConstraint::name, TableConstraint.Check::new,
                (a, b) -> a.expression().equals(b.expression()), changes);
    }

    private static boolean sameForeignKey(ForeignKey a, ForeignKey b) {
        return a.referencedColumns().equals(b.referencedColumns()) && a.onDelete() == b.onDelete();
    }

    /** Added, removed and changed constraints of one kind, ordered by the head's (or base's) name. */
    private static <T> void matchByKey(QualifiedName table, List<T> base, List<T> head, Function<T, Object> key,
                                       Function<T, TableConstraint> wrap, Same<T> same, List<ReviewChange> changes) {
        Map<Object, T> before = index(base, key);
        Map<Object, T> after = index(head, key);
        TreeMap<String, ReviewChange> byName = new TreeMap<>();
        after.forEach((k, constraint) -> {
            T old = before.get(k);
            TableConstraint wrapped = wrap.apply(constraint);
            if (old == null) {
                byName.put(wrapped.name(), new ReviewChange.ConstraintAdded(table, wrapped));
            } else if (!same.test(old, constraint)) {
                byName.put(wrapped.name(), new ReviewChange.ConstraintChanged(table, wrap.apply(old), wrapped));
            }
        });
        before.forEach((k, constraint) -> {
            if (!after.containsKey(k)) {
                TableConstraint wrapped = wrap.apply(constraint);
                byName.put(wrapped.name(), new ReviewChange.ConstraintRemoved(table, wrapped));
            }
        });
        changes.addAll(byName.values());
    }

    private static <T> Map<Object, T> index(List<T> constraints, Function<T, Object> key) {
        Map<Object, T> byKey = new LinkedHashMap<>();
        constraints.forEach(constraint -> byKey.putIfAbsent(key.apply(constraint), constraint));
        return byKey;
    }

    @FunctionalInterface
    private interface Same<T> {
        boolean test(T before, T after);
    }

    private static void sequences(SchemaModel base, SchemaModel head, List<ReviewChange> changes) {
        Map<QualifiedName, Sequence> before = base.sequences().stream()
                .collect(Collectors.toMap(Sequence::name, s -> s, (a, b) -> a, TreeMap::new));
        Map<QualifiedName, Sequence> after = head.sequences().stream()
                .collect(Collectors.toMap(Sequence::name, s -> s, (a, b) -> a, TreeMap::new));
        TreeMap<QualifiedName, ReviewChange> ordered = new TreeMap<>();
        after.forEach((name, sequence) -> {
            Sequence old = before.get(name);
            if (old == null) {
                ordered.put(name, new ReviewChange.SequenceAdded(sequence));
            } else if (!old.equals(sequence)) {
                ordered.put(name, new ReviewChange.SequenceChanged(old, sequence));
            }
        });
        before.forEach((name, sequence) -> {
            if (!after.containsKey(name)) {
                ordered.put(name, new ReviewChange.SequenceRemoved(sequence));
            }
        });
        changes.addAll(ordered.values());
    }
}
