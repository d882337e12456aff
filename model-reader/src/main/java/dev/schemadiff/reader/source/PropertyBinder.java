package dev.schemadiff.reader.source;

import dev.schemadiff.reader.ddl.DdlCheck;
import dev.schemadiff.schema.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.boot.model.naming.Identifier;

/**
 * Binds one attribute as Hibernate's {@code PropertyBinder} does: a basic attribute to a column (name,
 * type, size, nullability, default, checks), an embedded one to its parts or to one JSON column, and hands
 * associations and collections to {@link AssociationBinder}.
 */
final class PropertyBinder {
    /** What an attribute is to its entity. */
    enum Role { ID, VERSION, PLAIN }

    private final BindingContext context;
    private final AssociationBinder associations;
    private final BasicColumns columns;

    PropertyBinder(BindingContext context) {
        this.context = context;
        this.columns = new BasicColumns(context);
        this.associations = new AssociationBinder(context, this, columns);
    }

    /**
     * Binds {@code attribute} into {@code holder}.
     *
     * @param skipped component parts mapped by a {@code @MapsId} association instead, by full path
     * @return the property, or empty when the attribute maps nothing here (an inverse side, a skipped part)
     */
    Optional<PropertyMapping> bind(Holder holder, Attributes.Attribute attribute, Role role, Set<String> skipped) {
        String path = holder.pathOf(attribute.name());
        if (skipped.contains(path) || attribute.has(Jpa.FORMULA)) {
            return Optional.empty(); // a @Formula attribute is computed by a query: it has no column
        }
        warnAboutUnread(attribute.member().annotations(), attribute.location(),
                holder.entity().simpleName() + "." + path);
        PropertyMapping property;
        if (attribute.has(Jpa.ONE_TO_ONE) && attribute.has(Jpa.PRIMARY_KEY_JOIN_COLUMN)) {
            context.warn(attribute.location(), "@OneToOne @PrimaryKeyJoinColumn on " + holder.entity().simpleName()
                    + "." + path + " shares the primary key without @MapsId, which is not read from sources; no column"
                    + " or foreign key is expected for it");
            return Optional.empty();
        }
        if (attribute.has(Jpa.MANY_TO_ONE) || attribute.has(Jpa.ONE_TO_ONE)) {
            property = associations.toOne(holder, attribute, role);
        } else if (attribute.has(Jpa.ONE_TO_MANY) || attribute.has(Jpa.MANY_TO_MANY) || attribute.has(Jpa.ELEMENT_COLLECTION)) {
            property = associations.collection(holder, attribute);
        } else if (isEmbedded(attribute)) {
            property = embedded(holder, attribute, role, skipped);
        } else {
            property = basic(holder, attribute, role);
        }
        if (property != null && holder.kind() == Holder.Kind.ENTITY) {
            holder.entity().properties.put(property.name, property);
        }
        return Optional.ofNullable(property);
    }

    /** Names each annotation of {@link Jpa#NOT_READ} on {@code what}: the schema may differ from Hibernate's there. */
    void warnAboutUnread(List<Annotation> annotations, Location location, String what) {
        for (Annotation annotation : annotations) {
            boolean convertsAPart = repeated(List.of(annotation), Jpa.CONVERT, Jpa.CONVERTS).stream()
                    .anyMatch(convert -> !convert.string("attributeName").isEmpty());
            if (Jpa.NOT_READ.contains(annotation.type()) || convertsAPart) {
                String written = convertsAPart ? "@Convert(attributeName)" : annotation.simpleName();
                context.warn(location, written + " on " + what + " is not read from sources; the expected schema"
                        + " may differ from Hibernate's there (compile and use --classes to compare)");
            }
        }
    }

    private boolean isEmbedded(Attributes.Attribute attribute) {
        if (attribute.has(Jpa.EMBEDDED) || attribute.has(Jpa.EMBEDDED_ID)) {
            return true;
        }
        TypeRef type = attribute.type();
        return type.kind() == TypeRef.Kind.CLASS && !type.isArray() && !ColumnTypes.isBasic(type)
                && context.types.find(type.name()).map(declared -> declared.has(Jpa.EMBEDDABLE)).orElse(false)
                && !attribute.has(Jpa.CONVERT);
    }

    private PropertyMapping basic(Holder holder, Attributes.Attribute attribute, Role role) {
        Optional<BasicColumns.Typed> typed = columns.type(attribute, attribute.type(), holder);
        if (typed.isEmpty()) {
            return null;
        }
        PropertyMapping property = new PropertyMapping(attribute.name(), PropertyMapping.Kind.BASIC, attribute);
        BoundColumn column = columns.column(holder, attribute, typed.get(), role);
        property.columns.add(column);
        property.optional = BasicColumns.isOptional(attribute, holder) && role != Role.ID && column.nullable;
        return property;
    }

    /** An {@code @Embedded} or {@code @EmbeddedId} attribute: its parts, or one JSON column. */
    private PropertyMapping embedded(Holder holder, Attributes.Attribute attribute, Role role, Set<String> skipped) {
        Optional<DeclaredType> embeddable = embeddableType(attribute);
        if (embeddable.isEmpty()) {
            return null;
        }
        Optional<Annotation> jdbcTypeCode = attribute.annotation(Jpa.JDBC_TYPE_CODE);
        if (jdbcTypeCode.isPresent()) {
            return aggregate(holder, attribute, embeddable.get(), jdbcTypeCode.get());
        }
        PropertyMapping property = new PropertyMapping(attribute.name(), PropertyMapping.Kind.COMPONENT, attribute);
        Holder component = holder.component(attribute.name(), overrides(holder.pathOf(attribute.name()), attribute));
        for (Attributes.Attribute part : componentAttributes(embeddable.get(), holder, attribute.type())) {
            bind(component, part, role == Role.ID ? Role.ID : Role.PLAIN, skipped)
                    .ifPresent(bound -> property.columns.addAll(bound.columns));
        }
        return property;
    }

    /** The embeddable class of an attribute, with a warning where it cannot be read. */
    Optional<DeclaredType> embeddableType(Attributes.Attribute attribute) {
        TypeRef type = attribute.type();
        Optional<DeclaredType> declared = type.kind() == TypeRef.Kind.CLASS ? context.types.find(type.name()) : Optional.empty();
        if (declared.isEmpty()) {
            context.warn(attribute.location(), "the embeddable type " + type + " of " + attribute.declaringType().simpleName()
                    + "." + attribute.name() + " cannot be resolved; its columns are left out of the expected schema"
                    + " (add the jar that declares it with --classpath)");
        }
        return declared;
    }

    /**
     * The attributes of an embeddable as its owner reads them: its own access type or the owner's, its
     * {@code @MappedSuperclass} parents' attributes first.
     */
    List<Attributes.Attribute> componentAttributes(DeclaredType embeddable, Holder holder, TypeRef usedAs) {
        Attributes.Access access = Attributes.classAccess(embeddable).orElse(holder.entity().access);
        List<DeclaredType> chain = new ArrayList<>();
        List<Map<String, TypeRef>> bindings = new ArrayList<>();
        Map<String, TypeRef> current = Attributes.bindings(embeddable, usedAs, Map.of());
        DeclaredType type = embeddable;
        while (type != null) {
            chain.add(0, type);
            bindings.add(0, current);
            Optional<TypeRef> superclass = type.superclass();
            DeclaredType next = superclass.filter(ref -> ref.kind() == TypeRef.Kind.CLASS)
                    .flatMap(ref -> context.types.find(ref.name()))
                    .filter(declared -> declared.has(Jpa.MAPPED_SUPERCLASS) || declared.has(Jpa.EMBEDDABLE))
                    .orElse(null);
            if (next != null) {
                current = Attributes.bindings(next, superclass.get(), current);
            }
            type = next;
        }
        Map<String, Attributes.Attribute> attributes = new java.util.LinkedHashMap<>();
        for (int i = 0; i < chain.size(); i++) {
            for (Attributes.Attribute attribute : Attributes.of(chain.get(i), access, bindings.get(i))) {
                attributes.putIfAbsent(attribute.name(), attribute);
            }
        }
        return List.copyOf(attributes.values());
    }

    /** {@code @AttributeOverride}s and {@code @AssociationOverride}s on an attribute, by the full path they override. */
    static Map<String, Annotation> overrides(String path, Attributes.Attribute attribute) {
        Map<String, Annotation> overrides = new HashMap<>();
        for (Annotation override : repeated(attribute.member().annotations(), Jpa.ATTRIBUTE_OVERRIDE, Jpa.ATTRIBUTE_OVERRIDES)) {
            overrides.put(path + "." + override.string("name"), override);
        }
        for (Annotation override : repeated(attribute.member().annotations(), Jpa.ASSOCIATION_OVERRIDE, Jpa.ASSOCIATION_OVERRIDES)) {
            overrides.put(path + "." + override.string("name"), override);
        }
        return overrides;
    }

    /** A repeatable annotation, written directly or inside its container. */
    static List<Annotation> repeated(List<Annotation> annotations, String type, String container) {
        List<Annotation> found = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (annotation.type().equals(type)) {
                found.add(annotation);
            } else if (annotation.type().equals(container)) {
                found.addAll(annotation.annotations("value"));
            }
        }
        return found;
    }

    /**
     * An embeddable stored as one JSON (or XML) column: the column, and the check Hibernate adds for the
     * parts that may not be null.
     */
    private PropertyMapping aggregate(Holder holder, Attributes.Attribute attribute, DeclaredType embeddable,
                                      Annotation jdbcTypeCode) {
        int code = jdbcTypeCode.integer("value");
        if (!ColumnTypes.isKnownCode(code)) {
            context.warn(attribute.location(), "@JdbcTypeCode(" + code + ") on " + attribute.name()
                    + " is not a type the reader knows; the column is left out of the expected schema");
            return null;
        }
        ColumnTypes.SqlType type = ColumnTypes.ofCode(code, "java.lang.Object", ColumnTypes.Size.NONE);
        PropertyMapping property = new PropertyMapping(attribute.name(), PropertyMapping.Kind.BASIC, attribute);
        BoundColumn column = columns.column(holder, attribute, new BasicColumns.Typed(type, List.of()), Role.PLAIN);
        property.columns.add(column);
        property.optional = true;
        if (code == ColumnTypes.Codes.JSON) {
            new AggregateChecks(this, columns).check(column, embeddable, holder, attribute)
                    .ifPresent(column.table.aggregateChecks::add);
        }
        return property;
    }

    BindingContext context() {
        return context;
    }

    /** The provenance of a column, kept from its first mapping. */
    static void credit(BoundColumn column, EntityMapping entity, String path, boolean primitive) {
        if (column.origin == null) {
            column.origin = new Origin(entity.simpleName(), path, primitive);
        }
    }

    /**
     * A check constraint as a column or table carries it while binding: its name as written into the DDL,
     * which {@link DdlAssembler} turns into the name PostgreSQL stores.
     */
    static DdlCheck check(String name, String expression) {
        return new DdlCheck(name == null || name.isBlank() ? null : Naming.render(Identifier.toIdentifier(name)),
                expression);
    }
}
