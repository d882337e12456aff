package dev.schemadiff.reader.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the managed classes of the sources as Hibernate's annotation binder does, class by class in
 * Hibernate's order (superclasses first, otherwise by class name, as the Hibernate reader hands them over),
 * then runs the work Hibernate defers to its second passes in Hibernate's order. The order decides the
 * column order of each table and, through PostgreSQL's naming of unnamed constraints, some names.
 */
final class MappingBinder {
    private final BindingContext context;
    private final PropertyBinder properties;
    private final EntityTables tables;
    private Generators generators;
    /** The entity classes other entities extend: their roots need a discriminator. */
    private final Set<DeclaredType> extended = new HashSet<>();

    MappingBinder(BindingContext context) {
        this.context = context;
        this.properties = new PropertyBinder(context);
        this.tables = new EntityTables(context);
    }

    /** Binds every managed class; afterwards the context holds the tables and sequences. */
    void bind() {
        List<DeclaredType> managed = managedTypes();
        context.converters.registerAutoApplied(managed);
        generators = new Generators(context, managed);
        for (DeclaredType type : managed) {
            if (type.has(Jpa.ENTITY)) {
                superclasses(type).stream().filter(superclass -> superclass.has(Jpa.ENTITY)).forEach(extended::add);
            }
        }
        for (DeclaredType type : hierarchyOrder(managed)) {
            if (type.has(Jpa.ENTITY)) {
                bindEntity(type);
            }
        }
        BindingContext.run(context.primaryKeyForeignKeys);
        BindingContext.run(context.secondaryTableKeys);
        BindingContext.run(context.foreignKeys);
        BindingContext.run(context.primaryKeys);
        BindingContext.run(context.general);
        BindingContext.run(context.naturalIds);
    }

    private List<DeclaredType> managedTypes() {
        List<DeclaredType> managed = new ArrayList<>();
        for (SourceType type : context.types.candidateTypes()) {
            if (type.has("javax.persistence.Entity")) {
                context.warn(type.location(), type.simpleName() + " is a javax.persistence entity, which Hibernate 6"
                        + " and later do not read; it is left out (migrate it to jakarta.persistence)");
            }
            if (type.has(Jpa.ENTITY) || type.has(Jpa.EMBEDDABLE) || type.has(Jpa.MAPPED_SUPERCLASS)
                    || type.has(Jpa.CONVERTER)) {
                managed.add(type);
            }
        }
        managed.sort(Comparator.comparing(DeclaredType::binaryName));
        return managed;
    }

    /**
     * {@code AnnotationMetadataSourceProcessorImpl.orderAndFillHierarchy}: the classes in their given order,
     * each entity's and mapped superclass's superclasses first.
     */
    private List<DeclaredType> hierarchyOrder(List<DeclaredType> managed) {
        LinkedHashSet<DeclaredType> filled = new LinkedHashSet<>();
        for (DeclaredType type : managed) {
            if (type.has(Jpa.MAPPED_SUPERCLASS)) {
                continue; // found again through the classes that extend it
            }
            filled.add(type);
            for (DeclaredType superclass : superclasses(type)) {
                if (filled.contains(superclass)) {
                    break;
                }
                if (superclass.has(Jpa.ENTITY) || superclass.has(Jpa.MAPPED_SUPERCLASS)) {
                    filled.add(superclass);
                }
            }
        }
        Set<DeclaredType> working = new LinkedHashSet<>(filled);
        Set<DeclaredType> ordered = new LinkedHashSet<>();
        while (!working.isEmpty()) {
            order(working.iterator().next(), working, ordered, filled);
        }
        return List.copyOf(ordered);
    }

    private void order(DeclaredType type, Set<DeclaredType> working, Set<DeclaredType> ordered, Set<DeclaredType> known) {
        List<DeclaredType> chain = new ArrayList<>(superclasses(type));
        Collections.reverse(chain);
        chain.add(type);
        for (DeclaredType member : chain) {
            if (known.contains(member)) {
                ordered.add(member);
            }
            working.remove(member);
        }
    }

    /** The superclasses of {@code type}, nearest first. */
    private List<DeclaredType> superclasses(DeclaredType type) {
        List<DeclaredType> chain = Attributes.hierarchy(type, context.types);
        return chain.subList(1, chain.size());
    }

    private void bindEntity(DeclaredType type) {
        EntityMapping superEntity = superclasses(type).stream().filter(superclass -> superclass.has(Jpa.ENTITY))
                .findFirst().flatMap(superclass -> context.entity(superclass.name())).orElse(null);
        EntityMapping.Inheritance inheritance = superEntity != null ? superEntity.inheritance
                : type.annotation(Jpa.INHERITANCE).map(annotation -> EntityMapping.Inheritance.valueOf(
                        annotation.enumName("strategy"))).orElse(EntityMapping.Inheritance.SINGLE_TABLE);
        String jpaName = type.annotation(Jpa.ENTITY).flatMap(entity -> entity.text("name"))
                .orElse(type.binaryName().substring(type.binaryName().lastIndexOf('.') + 1));
        Attributes.Access access = Attributes.classAccess(type)
                .orElseGet(() -> Attributes.defaultAccess(type, context.types));
        EntityMapping entity = new EntityMapping(type, jpaName, superEntity, inheritance, access);
        context.entities.put(type.name(), entity);
        if (superEntity != null) {
            superEntity.subclasses.add(entity);
        }
        properties.warnAboutUnread(type.annotations(), type.location(), entity.simpleName());
        tables.bindTables(entity);
        if (superEntity == null) {
            tables.discriminator(entity, hasSubclasses(type));
        }
        entity.discriminatorValue = type.annotation(Jpa.DISCRIMINATOR_VALUE).map(value -> value.string("value")).orElse(null);
        bindAttributes(entity);
        if (superEntity != null && inheritance == EntityMapping.Inheritance.JOINED) {
            context.primaryKeyForeignKeys.add(() -> tables.joinedKey(entity));
        }
        if (superEntity == null) {
            context.primaryKeys.add(() -> entity.table.primaryKey(entity.identifierColumns()));
        }
        tables.complementaryDefinitions(entity);
        if (superEntity != null && inheritance == EntityMapping.Inheritance.SINGLE_TABLE) {
            context.general.add(() -> tables.subclassCheck(entity));
        }
    }

    /** Whether another managed entity extends {@code type}: a root with subclasses has a discriminator. */
    private boolean hasSubclasses(DeclaredType type) {
        return extended.contains(type);
    }

    /**
     * The attributes of the entity and of its mapped superclasses up to the next entity, top-most class
     * first, each class's sorted by name, identifier attributes moved to the front
     * ({@code InheritanceState.getElementsToProcess}).
     */
    private List<Attributes.Attribute> elements(EntityMapping entity) {
        List<DeclaredType> chain = new ArrayList<>();
        List<Map<String, TypeRef>> bindings = new ArrayList<>();
        DeclaredType current = entity.type;
        Map<String, TypeRef> currentBindings = Map.of();
        while (current != null) {
            chain.add(0, current);
            bindings.add(0, currentBindings);
            Optional<TypeRef> superclass = current.superclass();
            DeclaredType next = superclass.filter(ref -> ref.kind() == TypeRef.Kind.CLASS)
                    .flatMap(ref -> context.types.find(ref.name())).orElse(null);
            if (next == null && superclass.isPresent() && superclass.get().kind() == TypeRef.Kind.UNRESOLVED) {
                context.warn(current.location(), "the superclass " + superclass.get() + " of " + current.simpleName()
                        + " cannot be resolved; the attributes it may map are left out (add the jar that declares it"
                        + " with --classpath)");
            }
            // skip plain classes in between; stop at the next entity
            while (next != null && !next.has(Jpa.MAPPED_SUPERCLASS) && !next.has(Jpa.ENTITY)) {
                Map<String, TypeRef> skipped = Attributes.bindings(next, superclass.get(), currentBindings);
                superclass = next.superclass();
                currentBindings = skipped;
                next = superclass.filter(ref -> ref.kind() == TypeRef.Kind.CLASS)
                        .flatMap(ref -> context.types.find(ref.name())).orElse(null);
            }
            if (next == null || next.has(Jpa.ENTITY)) {
                break;
            }
            currentBindings = Attributes.bindings(next, superclass.get(), currentBindings);
            current = next;
        }
        List<Attributes.Attribute> elements = new ArrayList<>();
        int ids = 0;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < chain.size(); i++) {
            for (Attributes.Attribute attribute : Attributes.of(chain.get(i), entity.access, bindings.get(i))) {
                if (!names.add(attribute.name())) {
                    continue;
                }
                if (attribute.has(Jpa.ID) || attribute.has(Jpa.EMBEDDED_ID)) {
                    elements.add(ids++, attribute);
                } else {
                    elements.add(attribute);
                }
            }
        }
        return elements;
    }

    private void bindAttributes(EntityMapping entity) {
        List<Attributes.Attribute> elements = elements(entity);
        Holder holder = new Holder(entity, entity.table, "", Holder.Kind.ENTITY,
                entity.superEntity != null && entity.inheritance == EntityMapping.Inheritance.SINGLE_TABLE,
                classOverrides(entity));
        List<Attributes.Attribute> ids = elements.stream()
                .filter(attribute -> attribute.has(Jpa.ID) || attribute.has(Jpa.EMBEDDED_ID)).toList();
        Set<String> idClassParts = entity.superEntity == null ? bindIdentifier(entity, holder, ids, elements) : Set.of();
        for (Attributes.Attribute attribute : elements) {
            if (ids.contains(attribute) || idClassParts.contains(attribute.name())) {
                continue;
            }
            PropertyBinder.Role role = attribute.has(Jpa.VERSION) ? PropertyBinder.Role.VERSION : PropertyBinder.Role.PLAIN;
            properties.bind(holder, attribute, role, Set.of());
        }
        naturalId(entity, elements);
    }

    /**
     * Binds the root's identifier: a simple {@code @Id} (with its generator), an {@code @EmbeddedId},
     * an {@code @IdClass}, several {@code @Id}s, or a key shared with a {@code @MapsId} association.
     *
     * @return the names of attributes bound as identifier parts
     */
    private Set<String> bindIdentifier(EntityMapping entity, Holder holder, List<Attributes.Attribute> ids,
                                       List<Attributes.Attribute> elements) {
        Optional<DeclaredType> idClass = idClass(entity);
        if (idClass.isPresent() || ids.size() > 1) {
            List<Attributes.Attribute> parts = new ArrayList<>();
            if (idClass.isPresent()) {
                // the id class orders the parts; the entity's @Id attributes map them
                for (Attributes.Attribute part : Attributes.of(idClass.get(), entity.access, Map.of())) {
                    ids.stream().filter(id -> id.name().equals(part.name())).findFirst().ifPresent(parts::add);
                }
            } else {
                parts.addAll(ids);
            }
            for (Attributes.Attribute part : parts) {
                entity.idParts.add(part.name());
                entity.idPartPrimitive.put(part.name(), part.type().isPrimitive());
                properties.bind(holder, part, PropertyBinder.Role.ID, Set.of())
                        .ifPresent(property -> entity.idPartColumns.put(part.name(), property.columns));
            }
            return Set.copyOf(parts.stream().map(Attributes.Attribute::name).toList());
        }
        if (ids.isEmpty()) {
            context.warn(entity.type.location(), "entity " + entity.simpleName() + " has no @Id or @EmbeddedId;"
                    + " Hibernate rejects it, and its table is expected without a primary key");
            return Set.of();
        }
        Attributes.Attribute id = ids.get(0);
        entity.identifierAttribute = id.name();
        if (id.has(Jpa.EMBEDDED_ID)) {
            Set<String> mapped = AssociationBinder.mapsIdParts(elements, id.name());
            Holder component = holder.component(id.name(), PropertyBinder.overrides(id.name(), id));
            Optional<DeclaredType> embeddable = properties.embeddableType(id);
            if (embeddable.isPresent()) {
                for (Attributes.Attribute part : properties.componentAttributes(embeddable.get(), holder, id.type())) {
                    entity.idParts.add(part.name());
                    entity.idPartPrimitive.put(part.name(), part.type().isPrimitive());
                    properties.bind(component, part, PropertyBinder.Role.ID, mapped)
                            .ifPresent(property -> entity.idPartColumns.put(part.name(), property.columns));
                }
            }
            return Set.of();
        }
        entity.idParts.add("");
        entity.idPartPrimitive.put("", id.type().isPrimitive());
        if (AssociationBinder.sharesPrimaryKey(elements)) {
            return Set.of(); // the @MapsId association supplies the key column
        }
        properties.bind(holder, id, PropertyBinder.Role.ID, Set.of()).ifPresent(property -> {
            entity.idPartColumns.put("", property.columns);
            if (property.columns.size() == 1) {
                generators.apply(entity, id, property.columns.get(0));
            }
        });
        return Set.of();
    }

    /** {@code @IdClass} on the entity or on a mapped superclass above it. */
    private Optional<DeclaredType> idClass(EntityMapping entity) {
        for (DeclaredType type : Attributes.hierarchy(entity.type, context.types)) {
            Optional<TypeRef> idClass = type.annotation(Jpa.ID_CLASS).flatMap(annotation -> annotation.type("value"));
            if (idClass.isPresent()) {
                Optional<DeclaredType> declared = context.types.find(idClass.get().name());
                if (declared.isEmpty()) {
                    context.warn(type.location(), "the @IdClass " + idClass.get() + " cannot be resolved; the key"
                            + " columns follow the entity's @Id attributes in name order");
                }
                return declared;
            }
            if (type != entity.type && type.has(Jpa.ENTITY)) {
                break;
            }
        }
        return Optional.empty();
    }

    /** {@code @AttributeOverride} and {@code @AssociationOverride} on the entity class, for inherited attributes. */
    private static Map<String, Annotation> classOverrides(EntityMapping entity) {
        Map<String, Annotation> overrides = new HashMap<>();
        for (Annotation override : PropertyBinder.repeated(entity.type.annotations(), Jpa.ATTRIBUTE_OVERRIDE,
                Jpa.ATTRIBUTE_OVERRIDES)) {
            overrides.put(override.string("name"), override);
        }
        for (Annotation override : PropertyBinder.repeated(entity.type.annotations(), Jpa.ASSOCIATION_OVERRIDE,
                Jpa.ASSOCIATION_OVERRIDES)) {
            overrides.put(override.string("name"), override);
        }
        return overrides;
    }

    /** {@code @NaturalId} attributes make one unique key, added after every foreign key is named. */
    private void naturalId(EntityMapping entity, List<Attributes.Attribute> elements) {
        List<String> natural = elements.stream().filter(attribute -> attribute.has(Jpa.NATURAL_ID))
                .map(Attributes.Attribute::name).toList();
        if (natural.isEmpty()) {
            return;
        }
        context.naturalIds.add(() -> {
            List<BoundColumn> columns = new ArrayList<>();
            natural.forEach(name -> entity.property(name).ifPresent(property -> columns.addAll(property.columns)));
            if (!columns.isEmpty()) {
                entity.table.uniqueKeys.putIfAbsent("natural-id", BoundTable.UniqueKey.of(columns));
            }
        });
    }
}
