package dev.schemadiff.reader.source;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * To-one associations: the join columns and foreign key of the owning side, bound in Hibernate's second
 * pass once every entity's key is known, so they follow the entity's other columns as in Hibernate's
 * {@code create table}. Collections are handed to {@link CollectionBinder}.
 */
final class AssociationBinder {
    private final BindingContext context;
    private final JoinColumns joins;
    private final CollectionBinder collections;

    AssociationBinder(BindingContext context, PropertyBinder properties, BasicColumns columns) {
        this.context = context;
        this.joins = new JoinColumns(context);
        this.collections = new CollectionBinder(context, properties, columns, joins);
    }

    PropertyMapping collection(Holder holder, Attributes.Attribute attribute) {
        return collections.collection(holder, attribute);
    }

    /** A {@code @ManyToOne} or {@code @OneToOne}; the owning side's columns are queued for the second pass. */
    PropertyMapping toOne(Holder holder, Attributes.Attribute attribute, PropertyBinder.Role role) {
        boolean oneToOne = attribute.has(Jpa.ONE_TO_ONE);
        Annotation association = attribute.annotation(oneToOne ? Jpa.ONE_TO_ONE : Jpa.MANY_TO_ONE).orElseThrow();
        PropertyMapping property = new PropertyMapping(attribute.name(), PropertyMapping.Kind.TO_ONE, attribute);
        property.mappedBy = oneToOne ? association.text("mappedBy").orElse(null) : null;
        TypeRef targetType = association.type("targetEntity").orElse(attribute.type());
        if (property.mappedBy != null) {
            property.optional = true;
            return property; // the inverse side: the other entity holds the column
        }
        Optional<Annotation> mapsId = attribute.annotation(Jpa.MAPS_ID);
        List<Runnable> queue = role == PropertyBinder.Role.ID || mapsId.isPresent()
                ? context.primaryKeyForeignKeys : context.foreignKeys;
        queue.add(() -> bindToOne(holder, attribute, association, oneToOne, targetType, property, mapsId));
        return property;
    }

    private void bindToOne(Holder holder, Attributes.Attribute attribute, Annotation association, boolean oneToOne,
                           TypeRef targetType, PropertyMapping property, Optional<Annotation> mapsId) {
        Optional<EntityMapping> target = targetType.kind() == TypeRef.Kind.CLASS
                ? context.entity(targetType.name()) : Optional.empty();
        if (target.isEmpty()) {
            context.warn(attribute.location(), holder.entity().simpleName() + "." + holder.pathOf(attribute.name())
                    + " refers to " + targetType + ", which is not an entity of the sources; its join column is"
                    + " left out of the expected schema");
            return;
        }
        property.target = target.get();
        String path = holder.pathOf(attribute.name());
        Optional<Annotation> override = holder.override(path)
                .filter(annotation -> annotation.type().equals(Jpa.ASSOCIATION_OVERRIDE));
        List<Annotation> joinColumns = override.isPresent() ? override.get().annotations("joinColumns")
                : joinColumnAnnotations(attribute);
        Optional<Annotation> container = attribute.annotation(Jpa.JOIN_COLUMNS);
        List<BoundColumn> referenced = joins.referencedColumns(target.get(), joinColumns);
        BoundTable table = joinColumns.stream().map(column -> column.string("table")).filter(name -> !name.isEmpty())
                .findFirst().map(name -> new BasicColumns(context).tableFor(holder, Optional.of(new Annotation(Jpa.COLUMN,
                        Map.of("table", name), attribute.location())))).orElse(holder.table());
        List<BoundColumn> columns = joins.create(table, joinColumns, referenced,
                new JoinColumns.Implicit(attribute.name(), target.get().table));
        boolean optional = association.bool("optional");
        for (BoundColumn column : columns) {
            if (!optional && !holder.forcedNull() || mapsId.isPresent()) {
                column.nullable = false;
            }
            if (mapsId.isPresent()) {
                String idPath = mapsIdPath(holder.entity(), mapsId.get());
                PropertyBinder.credit(column, holder.entity(), idPath, idPartIsPrimitive(holder.entity(), mapsId.get()));
            } else {
                PropertyBinder.credit(column, holder.entity(), path, false);
            }
        }
        property.columns.addAll(columns);
        property.optional = optional && columns.stream().allMatch(column -> column.nullable);
        if (mapsId.isPresent()) {
            holder.entity().mapsIdColumns(mapsId.get().string("value"), columns);
        } else if (oneToOne) {
            unique(table, columns);
        }
        Optional<Annotation> foreignKey = override.flatMap(value -> value.annotation("foreignKey"))
                .filter(key -> key.isExplicit("name") || key.isExplicit("value"))
                .or(() -> JoinColumns.foreignKeyOf(joinColumns, container));
        joins.foreignKey(table, columns, target.get(), referenced, foreignKey,
                JoinColumns.onDelete(attribute.annotation(Jpa.ON_DELETE)));
    }

    /** {@code createUniqueKey}: one column is marked unique, several get a unique key. */
    static void unique(BoundTable table, List<BoundColumn> columns) {
        if (columns.size() == 1) {
            columns.get(0).unique = true;
        } else if (!columns.isEmpty()) {
            table.uniqueKeys.putIfAbsent("unique-" + columns, BoundTable.UniqueKey.of(columns));
        }
    }

    /** The {@code @JoinColumn}s of an attribute: repeated, or inside {@code @JoinColumns}. */
    static List<Annotation> joinColumnAnnotations(Attributes.Attribute attribute) {
        return PropertyBinder.repeated(attribute.member().annotations(), Jpa.JOIN_COLUMN, Jpa.JOIN_COLUMNS);
    }

    private static String mapsIdPath(EntityMapping entity, Annotation mapsId) {
        String part = mapsId.string("value");
        String id = entity.identifierAttribute == null ? "id" : entity.identifierAttribute;
        return part.isEmpty() ? id : id + "." + part;
    }

    private static boolean idPartIsPrimitive(EntityMapping entity, Annotation mapsId) {
        return entity.idPartPrimitive.getOrDefault(mapsId.string("value"), false);
    }

    /** The paths of {@code entity}'s embedded id parts that {@code @MapsId} associations map instead. */
    static Set<String> mapsIdParts(List<Attributes.Attribute> attributes, String identifierAttribute) {
        Set<String> parts = new HashSet<>();
        for (Attributes.Attribute attribute : attributes) {
            attribute.annotation(Jpa.MAPS_ID).map(mapsId -> mapsId.string("value")).filter(value -> !value.isEmpty())
                    .ifPresent(value -> parts.add(identifierAttribute + "." + value));
        }
        return parts;
    }

    /** Whether an attribute list maps its simple id through {@code @MapsId} (a shared primary key). */
    static boolean sharesPrimaryKey(List<Attributes.Attribute> attributes) {
        return attributes.stream().anyMatch(attribute -> attribute.annotation(Jpa.MAPS_ID)
                .map(mapsId -> mapsId.string("value").isEmpty()).orElse(false));
    }
}
