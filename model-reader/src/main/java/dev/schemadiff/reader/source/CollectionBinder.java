package dev.schemadiff.reader.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import dev.schemadiff.schema.ForeignKey.ReferentialAction;
import org.hibernate.boot.model.naming.Identifier;

/**
 * Collections as Hibernate's {@code CollectionBinder} maps them in its second pass: a {@code @OneToMany}
 * with a join column puts the owner's key (and any {@code @OrderColumn}) into the target's table; every
 * other owned collection gets a table of the owner's key, the element (a target's key, a basic value or an
 * embeddable's parts) and the list index or map key, with the primary key Hibernate gives its kind.
 */
final class CollectionBinder {
    private static final Set<String> MAPS = Set.of("java.util.Map", "java.util.SortedMap", "java.util.HashMap",
            "java.util.TreeMap", "java.util.LinkedHashMap", "java.util.NavigableMap");
    private static final Set<String> SETS = Set.of("java.util.Set", "java.util.SortedSet", "java.util.HashSet",
            "java.util.TreeSet", "java.util.LinkedHashSet", "java.util.NavigableSet");

    /** The kinds of collection, which decide the collection table's key. */
    private enum Kind { SET, LIST, BAG, MAP }

    private final BindingContext context;
    private final PropertyBinder properties;
    private final BasicColumns columns;
    private final JoinColumns joins;
    /** The inverse properties: {@code Owner#owningProperty} to the property that names it in {@code mappedBy}. */
    private final Map<String, String> inverseProperties = new HashMap<>();

    CollectionBinder(BindingContext context, PropertyBinder properties, BasicColumns columns, JoinColumns joins) {
        this.context = context;
        this.properties = properties;
        this.columns = columns;
        this.joins = joins;
    }

    /** The description of one owned collection. */
    private record Plan(Holder holder, Attributes.Attribute attribute, Annotation association, Kind kind,
                        TypeRef element, TypeRef key, boolean elementCollection, boolean oneToMany, String path) {
    }

    PropertyMapping collection(Holder holder, Attributes.Attribute attribute) {
        boolean elementCollection = attribute.has(Jpa.ELEMENT_COLLECTION);
        boolean oneToMany = attribute.has(Jpa.ONE_TO_MANY);
        Annotation association = attribute.annotation(elementCollection ? Jpa.ELEMENT_COLLECTION
                : oneToMany ? Jpa.ONE_TO_MANY : Jpa.MANY_TO_MANY).orElseThrow();
        PropertyMapping property = new PropertyMapping(attribute.name(), PropertyMapping.Kind.COLLECTION, attribute);
        property.optional = true;
        TypeRef type = attribute.type();
        Kind kind = kindOf(type, attribute);
        TypeRef element = association.type(elementCollection ? "targetClass" : "targetEntity")
                .orElse(type.isArray() ? type.component() : type.argument(kind == Kind.MAP ? 1 : 0));
        TypeRef key = kind == Kind.MAP ? type.argument(0) : null;
        String mappedBy = elementCollection ? null : association.text("mappedBy").orElse(null);
        property.mappedBy = mappedBy;
        if (mappedBy != null) {
            if (!oneToMany) {
                // the inverse side of a many-to-many names the owner's key column in the join table
                inverseProperties.put(element.name() + "#" + mappedBy, attribute.name());
            }
            return property;
        }
        Plan plan = new Plan(holder, attribute, association, kind, element, key, elementCollection, oneToMany,
                holder.pathOf(attribute.name()));
        // Hibernate queues an owned collection at the head of its second passes: they run in reverse order
        context.general.add(0, () -> bind(plan, property));
        return property;
    }

    private static Kind kindOf(TypeRef type, Attributes.Attribute attribute) {
        if (MAPS.contains(type.name())) {
            return Kind.MAP;
        }
        if (SETS.contains(type.name())) {
            return Kind.SET;
        }
        return attribute.has(Jpa.ORDER_COLUMN) || type.isArray() ? Kind.LIST : Kind.BAG;
    }

    private void bind(Plan plan, PropertyMapping property) {
        EntityMapping owner = plan.holder().entity();
        Optional<EntityMapping> target = plan.elementCollection() || plan.element().kind() != TypeRef.Kind.CLASS
                ? Optional.empty() : context.entity(plan.element().name());
        if (!plan.elementCollection() && target.isEmpty()) {
            context.warn(plan.attribute().location(), owner.simpleName() + "." + plan.path() + " refers to "
                    + plan.element() + ", which is not an entity of the sources; its table or join column is left"
                    + " out of the expected schema");
            return;
        }
        property.target = target.orElse(null);
        Optional<Annotation> override = plan.holder().override(plan.path())
                .filter(annotation -> annotation.type().equals(Jpa.ASSOCIATION_OVERRIDE));
        Optional<Annotation> joinTable = override.flatMap(value -> value.annotation("joinTable"))
                .filter(table -> table.isExplicit("name") || table.isExplicit("joinColumns"))
                .or(() -> plan.attribute().annotation(Jpa.JOIN_TABLE));
        List<Annotation> joinColumns = AssociationBinder.joinColumnAnnotations(plan.attribute());
        if (plan.oneToMany() && joinTable.isEmpty() && !joinColumns.isEmpty()) {
            bindForeignKeyInTarget(plan, owner, target.get(), joinColumns);
        } else {
            bindCollectionTable(plan, owner, target, joinTable);
        }
    }

    /** {@code @OneToMany @JoinColumn}: the owner's key and the list index go into the target's table. */
    private void bindForeignKeyInTarget(Plan plan, EntityMapping owner, EntityMapping target, List<Annotation> joinColumns) {
        List<BoundColumn> referenced = joins.referencedColumns(owner, joinColumns);
        List<BoundColumn> key = joins.create(target.table, joinColumns, referenced,
                new JoinColumns.Implicit(plan.attribute().name(), owner.table));
        key.forEach(column -> PropertyBinder.credit(column, owner, plan.path(), false));
        if (plan.kind() == Kind.LIST) {
            orderColumn(plan, owner, target.table, false);
        }
        joins.foreignKey(target.table, key, owner, referenced,
                JoinColumns.foreignKeyOf(joinColumns, plan.attribute().annotation(Jpa.JOIN_COLUMNS)),
                JoinColumns.onDelete(plan.attribute().annotation(Jpa.ON_DELETE)));
    }

    private void bindCollectionTable(Plan plan, EntityMapping owner, Optional<EntityMapping> target,
                                     Optional<Annotation> joinTable) {
        Optional<Annotation> collectionTable = plan.attribute().annotation(Jpa.COLLECTION_TABLE);
        Optional<Annotation> tableAnnotation = collectionTable.isPresent() ? collectionTable : joinTable;
        BoundTable table = table(plan, owner, target, tableAnnotation);
        tableAnnotation.ifPresent(annotation -> TableConstraints.uniqueAndIndexes(context, table, annotation));

        List<Annotation> keyAnnotations = tableAnnotation.map(annotation -> annotation.annotations("joinColumns"))
                .orElse(List.of());
        if (keyAnnotations.isEmpty() && plan.elementCollection()) {
            keyAnnotations = AssociationBinder.joinColumnAnnotations(plan.attribute());
        }
        List<BoundColumn> ownerKey = owner.keyColumns();
        String keyPrefix = inverseProperties.getOrDefault(owner.type.name() + "#" + plan.attribute().name(), owner.jpaName);
        List<BoundColumn> key = joins.create(table, keyAnnotations, ownerKey, new JoinColumns.Implicit(keyPrefix, owner.table));
        key.forEach(column -> {
            column.nullable = false;
            PropertyBinder.credit(column, owner, plan.path(), false);
        });

        List<BoundColumn> element = target.isPresent()
                ? entityElement(plan, owner, target.get(), table, joinTable)
                : valueElement(plan, owner, table);
        List<BoundColumn> index = switch (plan.kind()) {
            case LIST -> List.of(orderColumn(plan, owner, table, true));
            case MAP -> mapKey(plan, owner, table);
            default -> List.of();
        };
        primaryKey(plan, table, key, element, index);
        joins.foreignKey(table, key, owner, ownerKey, tableAnnotation.flatMap(annotation -> annotation.annotation("foreignKey"))
                        .filter(foreignKey -> foreignKey.isExplicit("name") || foreignKey.isExplicit("value"))
                        .or(() -> JoinColumns.foreignKeyOf(keyAnnotations(tableAnnotation), Optional.empty())),
                JoinColumns.onDelete(plan.attribute().annotation(Jpa.ON_DELETE)));
    }

    private static List<Annotation> keyAnnotations(Optional<Annotation> table) {
        return table.map(annotation -> annotation.annotations("joinColumns")).orElse(List.of());
    }

    /** The join table or collection table, named explicitly or by the implicit rule of the naming mode. */
    private BoundTable table(Plan plan, EntityMapping owner, Optional<EntityMapping> target, Optional<Annotation> annotation) {
        Identifier schema = annotation.flatMap(table -> table.text("schema")).map(context.naming::identifier).orElse(null);
        Optional<Identifier> explicit = annotation.flatMap(table -> table.text("name")).map(context.naming::identifier);
        Identifier logical;
        if (explicit.isPresent()) {
            logical = explicit.get();
        } else {
            Identifier ownerTable = owner.table.logicalName;
            boolean quoted = ownerTable.isQuoted()
                    || target.map(entity -> entity.table.logicalName.isQuoted()).orElse(false);
            Identifier implicit = plan.elementCollection()
                    ? context.naming.collectionTable(owner.jpaName, plan.attribute().name())
                    : context.naming.joinTable(ownerTable.getText(), target.get().table.logicalName.getText(),
                            plan.attribute().name());
            logical = quoted && !implicit.isQuoted() ? Identifier.toIdentifier(implicit.getText(), true) : implicit;
        }
        BoundTable table = context.table(schema, logical, null);
        if (table.entity == null) {
            table.entity = owner.simpleName();
        }
        return table;
    }

    /** The target's key in a join table, unique for a {@code @OneToMany}. */
    private List<BoundColumn> entityElement(Plan plan, EntityMapping owner, EntityMapping target, BoundTable table,
                                            Optional<Annotation> joinTable) {
        List<Annotation> inverse = joinTable.map(annotation -> annotation.annotations("inverseJoinColumns")).orElse(List.of());
        List<BoundColumn> referenced = joins.referencedColumns(target, inverse);
        List<BoundColumn> element = joins.create(table, inverse, referenced,
                new JoinColumns.Implicit(plan.attribute().name(), target.table));
        element.forEach(column -> {
            column.nullable = false;
            PropertyBinder.credit(column, owner, plan.path(), false);
        });
        if (plan.oneToMany()) {
            AssociationBinder.unique(table, element);
        }
        joins.foreignKey(table, element, target, referenced, joinTable.flatMap(annotation -> annotation.annotation("inverseForeignKey"))
                        .filter(foreignKey -> foreignKey.isExplicit("name") || foreignKey.isExplicit("value"))
                        .or(() -> JoinColumns.foreignKeyOf(inverse, Optional.empty())),
                ReferentialAction.NO_ACTION);
        return element;
    }

    /** A basic or embeddable element of an {@code @ElementCollection}. */
    private List<BoundColumn> valueElement(Plan plan, EntityMapping owner, BoundTable table) {
        Holder holder = new Holder(owner, table, plan.path(), Holder.Kind.ELEMENT, false,
                elementOverrides(plan, "value."));
        Attributes.Attribute element = new Attributes.Attribute(plan.attribute().name(), plan.element(),
                plan.attribute().member(), plan.attribute().declaringType());
        Optional<DeclaredType> embeddable = plan.element().kind() == TypeRef.Kind.CLASS && !ColumnTypes.isBasic(plan.element())
                ? context.types.find(plan.element().name()).filter(type -> type.has(Jpa.EMBEDDABLE)) : Optional.empty();
        if (embeddable.isPresent()) {
            Holder parts = new Holder(owner, table, plan.path(), Holder.Kind.COMPONENT, false, holder.overrides());
            List<BoundColumn> bound = new ArrayList<>();
            for (Attributes.Attribute part : properties.componentAttributes(embeddable.get(), holder, plan.element())) {
                properties.bind(parts, part, PropertyBinder.Role.PLAIN, Set.of())
                        .ifPresent(property -> bound.addAll(property.columns));
            }
            return bound;
        }
        Optional<BasicColumns.Typed> typed = columns.type(element, plan.element(), holder);
        if (typed.isEmpty()) {
            return List.of();
        }
        BoundColumn column = columns.column(elementHolder(holder), element, typed.get(), PropertyBinder.Role.PLAIN);
        PropertyBinder.credit(column, owner, plan.path(), false);
        return List.of(column);
    }

    /** A basic element's column is named after the collection attribute itself. */
    private static Holder elementHolder(Holder holder) {
        return new Holder(holder.entity(), holder.table(), "", Holder.Kind.ELEMENT, false,
                Map.of());
    }

    private static Map<String, Annotation> elementOverrides(Plan plan, String prefix) {
        Map<String, Annotation> overrides = new HashMap<>();
        PropertyBinder.overrides(plan.path(), plan.attribute()).forEach((path, override) -> {
            String relative = path.substring(plan.path().length() + 1);
            if (relative.startsWith(prefix)) {
                overrides.put(plan.path() + "." + relative.substring(prefix.length()), override);
            } else if (!relative.startsWith("key.") && !relative.startsWith("value.")) {
                overrides.put(path, override);
            }
        });
        return overrides;
    }

    /** {@code @OrderColumn}: an integer not below zero, NOT NULL in a collection table. */
    private BoundColumn orderColumn(Plan plan, EntityMapping owner, BoundTable table, boolean inCollectionTable) {
        Optional<Annotation> annotation = plan.attribute().annotation(Jpa.ORDER_COLUMN);
        Identifier logical = annotation.flatMap(order -> order.text("name")).map(context.naming::identifier)
                .orElseGet(() -> context.naming.listIndexColumn(plan.attribute().name()));
        BoundColumn column = new BoundColumn(context.naming.physicalColumn(logical));
        column.logicalName = logical;
        column.typeFrom(new ColumnTypes.SqlType("integer", ColumnTypes.Category.INTEGER));
        annotation.ifPresent(order -> {
            column.nullable = order.bool("nullable");
            String definition = order.string("columnDefinition").strip();
            if (!definition.isEmpty()) {
                column.sqlType = definition;
            }
        });
        if (inCollectionTable) {
            column.nullable = false;
        }
        column.checks.add(PropertyBinder.check(null, Naming.render(column.name) + ">=0"));
        BoundColumn added = table.add(column);
        PropertyBinder.credit(added, owner, plan.path(), false);
        return added;
    }

    /** The map key: {@code @MapKeyColumn} or {@code attribute_KEY}, NOT NULL; nothing for {@code @MapKey}. */
    private List<BoundColumn> mapKey(Plan plan, EntityMapping owner, BoundTable table) {
        if (plan.attribute().has(Jpa.MAP_KEY)) {
            return List.of();
        }
        if (plan.attribute().has(Jpa.MAP_KEY_JOIN_COLUMN) || plan.key().kind() == TypeRef.Kind.CLASS
                && context.entity(plan.key().name()).isPresent()) {
            context.warn(plan.attribute().location(), "the entity key of map " + owner.simpleName() + "." + plan.path()
                    + " is not read from sources; its key column is left out of the expected schema");
            return List.of();
        }
        Optional<Annotation> keyColumn = plan.attribute().annotation(Jpa.MAP_KEY_COLUMN);
        Map<String, Object> values = new HashMap<>();
        keyColumn.ifPresent(annotation -> annotation.explicit().forEach(values::put));
        Identifier logical = keyColumn.flatMap(column -> column.text("name")).map(context.naming::identifier)
                .orElseGet(() -> context.naming.mapKeyColumn(plan.attribute().name()));
        values.put("name", logical.isQuoted() ? "`" + logical.getText() + "`" : logical.getText());
        Annotation asColumn = new Annotation(Jpa.COLUMN, values, plan.attribute().location());
        List<Annotation> keyAnnotations = new ArrayList<>(List.of(asColumn));
        plan.attribute().annotation(Jpa.MAP_KEY_ENUMERATED).ifPresent(enumerated ->
                keyAnnotations.add(new Annotation(Jpa.ENUMERATED, enumerated.explicit(), enumerated.location())));
        plan.attribute().annotation(Jpa.MAP_KEY_TEMPORAL).ifPresent(temporal ->
                keyAnnotations.add(new Annotation(Jpa.TEMPORAL, temporal.explicit(), temporal.location())));
        Member keyMember = new Member(plan.attribute().name() + "_KEY", plan.key(), false, false, keyAnnotations,
                plan.attribute().location());
        Attributes.Attribute key = new Attributes.Attribute(plan.attribute().name(), plan.key(), keyMember,
                plan.attribute().declaringType());
        Holder holder = new Holder(owner, table, "", Holder.Kind.ELEMENT, false, Map.of());
        Optional<BasicColumns.Typed> typed = columns.type(key, plan.key(), holder);
        if (typed.isEmpty()) {
            return List.of();
        }
        BoundColumn column = columns.column(holder, key, typed.get(), PropertyBinder.Role.ID);
        PropertyBinder.credit(column, owner, plan.path(), false);
        return List.of(column);
    }

    /**
     * {@code createPrimaryKey}: a set is keyed by owner and element (a unique key when an element column
     * may be null; nothing when one is a LOB), a list by owner and index, a map by owner and key; a bag has
     * no key.
     */
    private static void primaryKey(Plan plan, BoundTable table, List<BoundColumn> key, List<BoundColumn> element,
                                   List<BoundColumn> index) {
        List<BoundColumn> columns = new ArrayList<>(key);
        switch (plan.kind()) {
            case SET -> {
                if (table.hasPrimaryKey() || !table.uniqueKeys.isEmpty()
                        || element.stream().anyMatch(column -> column.category == ColumnTypes.Category.LOB)) {
                    return;
                }
                columns.addAll(element);
                if (element.stream().anyMatch(column -> column.nullable)) {
                    table.uniqueKeys.put("set-" + columns, BoundTable.UniqueKey.of(columns));
                    return;
                }
            }
            case LIST, MAP -> columns.addAll(index.isEmpty() ? element : index);
            default -> {
                return;
            }
        }
        table.primaryKey(columns);
    }
}
