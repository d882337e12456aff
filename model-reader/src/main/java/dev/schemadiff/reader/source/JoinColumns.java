package dev.schemadiff.reader.source;

import dev.schemadiff.schema.ForeignKey.ReferentialAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.boot.model.naming.Identifier;

/**
 * Join columns and the foreign keys they make, as Hibernate's {@code AnnotatedJoinColumns} and
 * {@code TableBinder.bindForeignKey} create them: one column per referenced key column, named by
 * {@code @JoinColumn} or by the implicit rule, typed like the column it references.
 */
final class JoinColumns {
    private final BindingContext context;

    JoinColumns(BindingContext context) {
        this.context = context;
    }

    /**
     * How an unnamed join column is named: {@code prefix_referenced} (the referenced name alone for a
     * primary key join, when {@code prefix} is {@code null}), quoted when the referenced column or the
     * {@code quotingTable} is.
     */
    record Implicit(String prefix, BoundTable quotingTable) {
    }

    /**
     * The columns referenced when joining to {@code target}: its primary key (the key columns of a JOINED
     * subclass, the root's identifier otherwise), or the columns {@code referencedColumnName} names.
     */
    List<BoundColumn> referencedColumns(EntityMapping target, List<Annotation> joinColumns) {
        List<BoundColumn> key = target.keyColumns();
        List<String> names = joinColumns.stream().map(column -> column.string("referencedColumnName")).toList();
        if (names.isEmpty() || names.stream().allMatch(String::isEmpty)) {
            return key;
        }
        List<BoundColumn> referenced = new ArrayList<>();
        for (String name : names) {
            if (name.isEmpty()) {
                return key;
            }
            Identifier physical = context.naming.physicalColumn(context.naming.identifier(name));
            Optional<BoundColumn> column = target.table.column(physical.getCanonicalName());
            if (column.isEmpty()) {
                context.warn(target.type.location(), "a join column references column " + name + ", which "
                        + target.simpleName() + " does not map; the join references its primary key instead");
                return key;
            }
            referenced.add(column.get());
        }
        // naming every primary key column, in any order, references the primary key in its own order
        return Set.copyOf(referenced).equals(Set.copyOf(key)) ? key : referenced;
    }

    /** Whether {@code referenced} is {@code target}'s primary key, for a foreign key that names no columns. */
    static boolean isPrimaryKey(EntityMapping target, List<BoundColumn> referenced) {
        return referenced.equals(target.keyColumns());
    }

    /**
     * Creates the join columns in {@code table}, one per {@code referenced} column.
     *
     * @param annotations the {@code @JoinColumn}s written, matched by {@code referencedColumnName} or position
     * @param implicit    how unnamed ones are named
     */
    List<BoundColumn> create(BoundTable table, List<Annotation> annotations, List<BoundColumn> referenced,
                             Implicit implicit) {
        List<BoundColumn> columns = new ArrayList<>();
        for (int i = 0; i < referenced.size(); i++) {
            BoundColumn target = referenced.get(i);
            Annotation annotation = matching(annotations, target, i);
            Identifier logical = annotation == null ? null
                    : annotation.text("name").map(context.naming::identifier).orElse(null);
            if (logical == null) {
                logical = implicitName(implicit, target);
            }
            BoundColumn column = new BoundColumn(context.naming.physicalColumn(logical));
            column.logicalName = logical;
            column.sqlType = target.sqlType;
            column.category = target.category;
            if (annotation != null) {
                column.nullable = annotation.bool("nullable");
                column.unique = annotation.bool("unique");
                String definition = annotation.string("columnDefinition").strip();
                if (!definition.isEmpty()) {
                    column.sqlType = definition;
                }
            }
            columns.add(table.add(column));
        }
        return columns;
    }

    private static Annotation matching(List<Annotation> annotations, BoundColumn referenced, int position) {
        for (Annotation annotation : annotations) {
            String name = annotation.string("referencedColumnName");
            if (!name.isEmpty() && Identifier.toIdentifier(name).getCanonicalName()
                    .equals(referenced.logicalName == null ? referenced.canonicalName()
                            : referenced.logicalName.getCanonicalName())) {
                return annotation;
            }
        }
        return position < annotations.size() && annotations.get(position).string("referencedColumnName").isEmpty()
                ? annotations.get(position) : null;
    }

    private Identifier implicitName(Implicit implicit, BoundColumn referenced) {
        Identifier referencedLogical = referenced.logicalName == null ? referenced.name : referenced.logicalName;
        Identifier name = implicit.prefix() == null ? referencedLogical
                : context.naming.identifier(implicit.prefix() + "_" + referencedLogical.getText());
        boolean quote = referencedLogical.isQuoted()
                || implicit.quotingTable() != null && implicit.quotingTable().logicalName.isQuoted();
        return quote && !name.isQuoted() ? Identifier.toIdentifier(name.getText(), true) : name;
    }

    /**
     * A foreign key from {@code columns} to {@code target}, named by {@code @ForeignKey(name)} in
     * {@code foreignKey} when given; {@code ConstraintMode.NO_CONSTRAINT} keeps the constraint out.
     */
    void foreignKey(BoundTable table, List<BoundColumn> columns, EntityMapping target, List<BoundColumn> referenced,
                    Optional<Annotation> foreignKey, ReferentialAction onDelete) {
        boolean constrained = foreignKey.map(key -> !key.enumName("value").equals("NO_CONSTRAINT")).orElse(true);
        String name = foreignKey.flatMap(key -> key.text("name")).orElse(null);
        table.foreignKeys.add(new BoundForeignKey(columns, target,
                isPrimaryKey(target, referenced) ? List.of() : referenced, name, onDelete, constrained));
    }

    /** The {@code @ForeignKey} of the first join column that gives one, else of the {@code @JoinColumns}. */
    static Optional<Annotation> foreignKeyOf(List<Annotation> joinColumns, Optional<Annotation> container) {
        for (Annotation joinColumn : joinColumns) {
            Optional<Annotation> foreignKey = joinColumn.annotation("foreignKey")
                    .filter(key -> key.isExplicit("name") || key.isExplicit("value"));
            if (foreignKey.isPresent()) {
                return foreignKey;
            }
        }
        return container.flatMap(columns -> columns.annotation("foreignKey"));
    }

    /** {@code @OnDelete} on an attribute or class. */
    static ReferentialAction onDelete(Optional<Annotation> onDelete) {
        return onDelete.map(annotation -> switch (annotation.enumName("action")) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            case "SET_NULL" -> ReferentialAction.SET_NULL;
            case "SET_DEFAULT" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        }).orElse(ReferentialAction.NO_ACTION);
    }
}
