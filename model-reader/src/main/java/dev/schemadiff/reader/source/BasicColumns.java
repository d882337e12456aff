package dev.schemadiff.reader.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.hibernate.boot.model.naming.Identifier;

/**
 * The column of a basic attribute, as Hibernate's {@code AnnotatedColumn} and {@code BasicValueBinder} make
 * it: the name ({@code @Column(name)} or the attribute's, through the naming strategies), the type (from
 * the Java type, a converter, {@code @Enumerated}, {@code @Lob}, {@code @Temporal}, {@code @JdbcTypeCode}
 * or {@code columnDefinition}), the size, nullability, {@code @ColumnDefault} and the checks Hibernate
 * writes for enums and converted booleans.
 */
final class BasicColumns {
    private static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.Set", "java.util.Collection",
            "java.util.SortedSet", "java.util.ArrayList", "java.util.HashSet", "java.util.LinkedHashSet",
            "java.util.TreeSet", "java.util.LinkedList");

    private final BindingContext context;

    BasicColumns(BindingContext context) {
        this.context = context;
    }

    /**
     * A column type with the checks its type implies.
     *
     * @param checks each renders a check from the column name as written into the DDL
     */
    record Typed(ColumnTypes.SqlType type, List<UnaryOperator<String>> checks) {
    }

    /** The {@code @Column} that applies: an {@code @AttributeOverride} from an enclosing mapping, else the attribute's. */
    static Optional<Annotation> columnAnnotation(Holder holder, Attributes.Attribute attribute) {
        Optional<Annotation> override = holder.override(holder.pathOf(attribute.name()))
                .filter(annotation -> annotation.type().equals(Jpa.ATTRIBUTE_OVERRIDE))
                .flatMap(annotation -> annotation.annotation("column"));
        return override.isPresent() ? override : attribute.annotation(Jpa.COLUMN);
    }

    /** The sizes a {@code @Column} gives; 255, JPA's default length, counts as none given. */
    static ColumnTypes.Size size(Optional<Annotation> column) {
        if (column.isEmpty()) {
            return ColumnTypes.Size.NONE;
        }
        Annotation annotation = column.get();
        long length = annotation.longValue("length");
        int precision = annotation.integer("precision");
        Object secondPrecision = annotation.value("secondPrecision");
        return new ColumnTypes.Size(length == 255 ? null : length, precision > 0 ? precision : null,
                precision > 0 ? annotation.integer("scale") : null,
                secondPrecision instanceof Number number && number.intValue() >= 0 ? number.intValue() : null);
    }

    /**
     * The type of a basic attribute of Java type {@code javaType}; empty, after a warning naming the
     * attribute, when the reader cannot tell it.
     */
    Optional<Typed> type(Attributes.Attribute attribute, TypeRef javaType, Holder holder) {
        ColumnTypes.Size size = size(columnAnnotation(holder, attribute));
        Integer code = attribute.annotation(Jpa.JDBC_TYPE_CODE).map(annotation -> annotation.integer("value")).orElse(null);
        boolean lob = attribute.has(Jpa.LOB);
        String temporal = attribute.annotation(Jpa.TEMPORAL).map(annotation -> annotation.enumName("value")).orElse("");
        if (code != null && code != ColumnTypes.Codes.ARRAY && !ColumnTypes.isKnownCode(code)) {
            return unknown(attribute, "@JdbcTypeCode(" + code + ") is not a type the reader knows");
        }
        if (code == null && javaType.dimensions() == 1
                && (javaType.name().equals("java.lang.Byte") || javaType.name().equals("java.lang.Character"))) {
            return unknown(attribute, "Hibernate 6.2 and later reject Byte[] and Character[] attributes unless"
                    + " hibernate.type.wrapper_array_handling says otherwise");
        }
        Optional<Converters.Converter> converter = context.converters.forAttribute(attribute, javaType);
        if (converter.isPresent()) {
            return converted(attribute, javaType, converter.get(), code, lob, temporal, size);
        }
        if (code != null && code == ColumnTypes.Codes.ARRAY && COLLECTIONS.contains(javaType.name()) && !javaType.isArray()) {
            return ColumnTypes.element(javaType.argument(0), size)
                    .map(element -> new Typed(new ColumnTypes.SqlType(element.ddl() + " array", ColumnTypes.Category.OTHER),
                            List.of()))
                    .or(() -> unknown(attribute, "the element type " + javaType.argument(0) + " is not one the reader knows"));
        }
        Optional<DeclaredType> enumType = enumType(javaType);
        if (enumType.isPresent() && code == null) {
            boolean byName = attribute.annotation(Jpa.ENUMERATED).map(enumerated -> enumerated.enumName("value"))
                    .orElse("ORDINAL").equals("STRING");
            return Optional.of(enumerated(enumType.get(), byName, size));
        }
        if (code == null && javaType.kind() != TypeRef.Kind.CLASS && javaType.kind() != TypeRef.Kind.PRIMITIVE) {
            if (attribute.has(Jpa.ENUMERATED)) {
                context.warn(attribute.location(), "the enum " + javaType + " of " + owner(attribute)
                        + " cannot be resolved; its column is expected without the check constraint listing its values");
                boolean byName = attribute.annotation(Jpa.ENUMERATED).get().enumName("value").equals("STRING");
                return Optional.of(new Typed(ColumnTypes.enumerated(byName, size), List.of()));
            }
            return unknown(attribute, "its type " + javaType + " cannot be resolved from the sources");
        }
        Optional<ColumnTypes.SqlType> type = ColumnTypes.basic(javaType, code, lob, temporal, size);
        if (type.isEmpty() && isSerializable(javaType)) {
            type = Optional.of(new ColumnTypes.SqlType(lob ? "oid" : "bytea", lob ? ColumnTypes.Category.LOB
                    : ColumnTypes.Category.OTHER));
        }
        return type.map(found -> new Typed(found, List.of()))
                .or(() -> unknown(attribute, "its type " + javaType + " is not one Hibernate maps as a basic value"));
    }

    private Optional<Typed> unknown(Attributes.Attribute attribute, String why) {
        context.warn(attribute.location(), owner(attribute) + " is left out of the expected schema: " + why
                + "; give it @JdbcTypeCode, @Convert or @Transient, or add the jar that declares its type with --classpath");
        return Optional.empty();
    }

    private static String owner(Attributes.Attribute attribute) {
        return attribute.declaringType().simpleName() + "." + attribute.name();
    }

    Optional<DeclaredType> enumType(TypeRef type) {
        if (type.kind() != TypeRef.Kind.CLASS || type.isArray()) {
            return Optional.empty();
        }
        return context.types.find(type.name()).filter(declared -> declared.kind() == DeclaredType.Kind.ENUM);
    }

    /** An enum by name or ordinal, with Hibernate's check of the names or the ordinal range. */
    static Typed enumerated(DeclaredType enumType, boolean byName, ColumnTypes.Size size) {
        List<String> constants = enumType.enumConstants();
        UnaryOperator<String> check = byName
                ? column -> column + " in (" + constants.stream().map(constant -> "'" + constant + "'")
                        .collect(Collectors.joining(",")) + ")"
                : column -> column + " between 0 and " + (constants.size() - 1);
        return new Typed(ColumnTypes.enumerated(byName, size), List.of(check));
    }

    /** A converted attribute: the converter's database type, and the check of the values it stores. */
    private Optional<Typed> converted(Attributes.Attribute attribute, TypeRef javaType, Converters.Converter converter,
                                      Integer code, boolean lob, String temporal, ColumnTypes.Size size) {
        Optional<ColumnTypes.SqlType> type = ColumnTypes.basic(converter.databaseType(), code, lob, temporal, size);
        if (type.isEmpty()) {
            return unknown(attribute, "its converter " + converter.type().simpleName() + " stores "
                    + converter.databaseType() + ", a type the reader does not know");
        }
        ColumnTypes.Category category = type.get().category();
        if (category != ColumnTypes.Category.STRING && category != ColumnTypes.Category.INTEGER) {
            return Optional.of(new Typed(type.get(), List.of()));
        }
        boolean stringValues = category == ColumnTypes.Category.STRING;
        List<Object> domain = new ArrayList<>();
        boolean isBoolean = javaType.is("boolean") || javaType.is("java.lang.Boolean");
        Optional<DeclaredType> enumType = enumType(javaType);
        if (isBoolean) {
            domain.add(false);
            domain.add(true);
            domain.add(null);
        } else if (enumType.isPresent()) {
            enumType.get().enumConstants().forEach(constant -> domain.add(new EnumConstant(enumType.get().name(), constant)));
        } else {
            return Optional.of(new Typed(type.get(), List.of()));
        }
        Optional<List<Object>> stored = context.converters.databaseValues(converter, domain);
        if (stored.isEmpty()) {
            context.warn(attribute.location(), "cannot tell from the source which values converter "
                    + converter.type().simpleName() + " stores for " + owner(attribute)
                    + "; the check constraint Hibernate derives from them is left out of the expected schema");
            return Optional.of(new Typed(type.get(), List.of()));
        }
        List<Object> values = new ArrayList<>();
        stored.get().forEach(value -> values.add(asDatabaseType(value, converter.databaseType())));
        if (isBoolean && values.get(2) == null) {
            values.remove(2); // a converter that keeps null as null adds nothing to the check
        }
        return Optional.of(new Typed(type.get(), List.of(column -> valueCheck(column, values, stringValues, isBoolean))));
    }

    /** A stored value as the converter's database type holds it, which decides its hash below. */
    private static Object asDatabaseType(Object value, TypeRef databaseType) {
        if (value instanceof Long number) {
            return switch (databaseType.name()) {
                case "java.lang.Integer", "int" -> (Object) number.intValue();
                case "java.lang.Short", "short" -> (Object) number.shortValue();
                case "java.lang.Byte", "byte" -> (Object) number.byteValue();
                default -> number;
            };
        }
        return value;
    }

    /**
     * {@code Dialect.getCheckCondition}: {@code col in ('N','Y')}, {@code or col is null} when null is a
     * stored value. A boolean's values come in order false, true; an enum's in the order of the
     * {@code HashSet} {@code EnumJavaType} collects them in, with their quotes escaped.
     */
    private static String valueCheck(String column, List<Object> values, boolean strings, boolean fromBooleans) {
        Collection<Object> distinct = values;
        if (!fromBooleans) {
            // CollectionHelper.setOfSize: the same capacity gives the same iteration order
            distinct = new HashSet<>(Math.max((int) (values.size() / 0.75f) + 1, 16), 0.75f);
            distinct.addAll(values);
        }
        StringBuilder check = new StringBuilder(column).append(" in (");
        String separator = "";
        boolean nullIsValid = false;
        for (Object value : distinct) {
            if (value == null) {
                nullIsValid = true;
                continue;
            }
            check.append(separator);
            if (strings) {
                String text = value instanceof EnumConstant constant ? constant.name() : value.toString();
                check.append('\'').append(fromBooleans ? text : text.replace("'", "''")).append('\'');
            } else {
                check.append(value);
            }
            separator = ",";
        }
        check.append(')');
        if (nullIsValid) {
            check.append(" or ").append(column).append(" is null");
        }
        return check.toString();
    }

    private boolean isSerializable(TypeRef type) {
        if (type.kind() != TypeRef.Kind.CLASS || type.isArray()) {
            return false;
        }
        return implementsSerializable(type.name(), 0);
    }

    private boolean implementsSerializable(String typeName, int depth) {
        if (typeName.equals("java.io.Serializable")) {
            return true;
        }
        Optional<DeclaredType> type = context.types.find(typeName);
        if (type.isEmpty() || depth > 16) {
            return false;
        }
        List<TypeRef> supertypes = new ArrayList<>(type.get().interfaces());
        type.get().superclass().ifPresent(supertypes::add);
        return supertypes.stream().anyMatch(supertype -> supertype.kind() == TypeRef.Kind.CLASS
                && implementsSerializable(supertype.name(), depth + 1));
    }

    /**
     * {@code PropertyBinder.isOptional}: whether the attribute may hold null, ignoring its column: not a
     * primitive (except in an embeddable or as an array), not {@code @Basic(optional = false)}.
     */
    static boolean isOptional(Attributes.Attribute attribute, Holder holder) {
        Optional<Annotation> basic = attribute.annotation(Jpa.BASIC);
        if (basic.isPresent()) {
            return basic.get().bool("optional") && !attribute.type().isPrimitive();
        }
        if (attribute.type().isArray() || holder.kind() == Holder.Kind.COMPONENT) {
            return true;
        }
        return !attribute.type().isPrimitive();
    }

    /**
     * The column of a basic attribute, added to its table (or found there, when another mapping made it).
     */
    BoundColumn column(Holder holder, Attributes.Attribute attribute, Typed typed, PropertyBinder.Role role) {
        Optional<Annotation> columnAnnotation = columnAnnotation(holder, attribute);
        Identifier logical = columnAnnotation.flatMap(column -> column.text("name"))
                .map(context.naming::identifier)
                .orElseGet(() -> context.naming.identifier(attribute.name()));
        BoundColumn column = new BoundColumn(context.naming.physicalColumn(logical));
        column.logicalName = logical;
        String definition = columnAnnotation.map(annotation -> annotation.string("columnDefinition").strip()).orElse("");
        if (definition.isEmpty()) {
            column.typeFrom(typed.type());
        } else {
            column.sqlType = definition;
            column.category = typed.type().category();
        }
        boolean forceNotNull = role != PropertyBinder.Role.PLAIN
                || attribute.annotation(Jpa.BASIC).map(basic -> !basic.bool("optional")).orElse(false) && !holder.forcedNull();
        if (columnAnnotation.isPresent()) {
            column.nullable = columnAnnotation.get().bool("nullable");
            column.unique = columnAnnotation.get().bool("unique");
            for (Annotation check : columnAnnotation.get().annotations("check")) {
                column.checks.add(PropertyBinder.check(check.string("name"), check.string("constraint")));
            }
        } else if (!holder.forcedNull() && !isOptional(attribute, holder)) {
            column.nullable = false;
        }
        if (forceNotNull) {
            column.nullable = false;
        }
        attribute.annotation(Jpa.COLUMN_DEFAULT).ifPresent(value -> column.defaultValue = value.string("value"));
        for (Annotation check : PropertyBinder.repeated(attribute.member().annotations(), Jpa.CHECK, Jpa.CHECKS)) {
            column.checks.add(PropertyBinder.check(check.string("name"), check.string("constraints")));
        }
        String rendered = Naming.render(column.name);
        typed.checks().forEach(check -> column.checks.add(PropertyBinder.check(null, check.apply(rendered))));
        BoundTable table = tableFor(holder, columnAnnotation);
        BoundColumn added = table.add(column);
        PropertyBinder.credit(added, holder.entity(), holder.pathOf(attribute.name()), attribute.type().isPrimitive());
        return added;
    }

    /** {@code @Column(table)} names a secondary table of the entity; otherwise the holder's table. */
    BoundTable tableFor(Holder holder, Optional<Annotation> columnAnnotation) {
        Optional<String> tableName = columnAnnotation.flatMap(column -> column.text("table"));
        if (tableName.isEmpty()) {
            return holder.table();
        }
        Identifier logical = context.naming.identifier(tableName.get());
        BoundTable secondary = holder.entity().secondaryTables.get(logical.getCanonicalName());
        if (secondary == null) {
            context.warn(holder.entity().type.location(), "@Column(table = \"" + tableName.get()
                    + "\") names no secondary table of " + holder.entity().simpleName() + "; the column is expected in "
                    + holder.table());
            return holder.table();
        }
        return secondary;
    }
}
