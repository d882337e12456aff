package dev.schemadiff.reader.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attribute converters: which one applies to an attribute ({@code @Convert}, else an auto-applied
 * {@code @Converter}), the database type it converts to (its second {@code AttributeConverter} type
 * argument), and the values it stores for the check constraints Hibernate derives from them.
 */
final class Converters {
    private static final String ATTRIBUTE_CONVERTER = "jakarta.persistence.AttributeConverter";

    private final BindingContext context;
    private final List<Converter> autoApplied = new ArrayList<>();

    /**
     * A converter.
     *
     * @param domainType   the attribute type it converts ({@code X} of {@code AttributeConverter<X, Y>})
     * @param databaseType the column's Java type ({@code Y})
     */
    record Converter(DeclaredType type, TypeRef domainType, TypeRef databaseType) {
    }

    Converters(BindingContext context) {
        this.context = context;
    }

    /** Registers the {@code @Converter(autoApply = true)} classes among the managed types. */
    void registerAutoApplied(List<DeclaredType> managed) {
        for (DeclaredType type : managed) {
            if (type.annotation(Jpa.CONVERTER).map(converter -> converter.bool("autoApply")).orElse(false)) {
                converter(type).ifPresent(autoApplied::add);
            }
        }
    }

    /**
     * The converter of an attribute: {@code @Convert(converter)} on it (unless {@code disableConversion}),
     * else the auto-applied one for its type.
     */
    Optional<Converter> forAttribute(Attributes.Attribute attribute, TypeRef type) {
        Optional<Annotation> convert = attribute.annotation(Jpa.CONVERT)
                .filter(annotation -> annotation.string("attributeName").isEmpty());
        if (convert.isPresent()) {
            if (convert.get().bool("disableConversion")) {
                return Optional.empty();
            }
            Optional<TypeRef> converterType = convert.get().type("converter");
            if (converterType.isPresent()) {
                Optional<DeclaredType> declared = converterType.get().kind() == TypeRef.Kind.CLASS
                        ? context.types.find(converterType.get().name()) : Optional.empty();
                if (declared.isEmpty()) {
                    context.warn(attribute.location(), "converter " + converterType.get() + " cannot be resolved;"
                            + " the column type follows the attribute's own type");
                    return Optional.empty();
                }
                return converter(declared.get());
            }
        }
        return autoApplied(type);
    }

    /** The auto-applied converter for {@code type}, matching primitives to their wrappers as Hibernate does. */
    Optional<Converter> autoApplied(TypeRef type) {
        String name = boxed(type);
        return autoApplied.stream().filter(converter -> boxed(converter.domainType()).equals(name)).findFirst();
    }

    private static String boxed(TypeRef type) {
        if (type.isArray()) {
            return ColumnTypes.key(type);
        }
        return switch (type.name()) {
            case "boolean" -> "java.lang.Boolean";
            case "byte" -> "java.lang.Byte";
            case "short" -> "java.lang.Short";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "float" -> "java.lang.Float";
            case "double" -> "java.lang.Double";
            case "char" -> "java.lang.Character";
            default -> type.name();
        };
    }

    /** {@code type} as a converter: the type arguments it gives {@code AttributeConverter}, through superclasses. */
    Optional<Converter> converter(DeclaredType type) {
        return attributeConverterArguments(type, Map.of(), 0)
                .map(arguments -> new Converter(type, arguments.get(0), arguments.get(1)));
    }

    private Optional<List<TypeRef>> attributeConverterArguments(DeclaredType type, Map<String, TypeRef> bindings, int depth) {
        if (depth > 16) {
            return Optional.empty();
        }
        List<TypeRef> supertypes = new ArrayList<>(type.interfaces());
        type.superclass().ifPresent(supertypes::add);
        for (TypeRef supertype : supertypes) {
            TypeRef bound = supertype.substitute(bindings);
            if (bound.name().equals(ATTRIBUTE_CONVERTER)) {
                return Optional.of(List.of(bound.argument(0), bound.argument(1)));
            }
            if (bound.kind() == TypeRef.Kind.CLASS) {
                Optional<DeclaredType> declared = context.types.find(bound.name());
                if (declared.isPresent()) {
                    Optional<List<TypeRef>> found = attributeConverterArguments(declared.get(),
                            Attributes.bindings(declared.get(), bound, Map.of()), depth + 1);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The values {@code converter} stores for {@code domainValues} ({@code Boolean}s, {@link EnumConstant}s,
     * or {@code null}), computed by reading its {@code convertToDatabaseColumn}; empty when the method
     * does more than the reader can follow.
     */
    Optional<List<Object>> databaseValues(Converter converter, List<Object> domainValues) {
        if (converter.type() instanceof SourceType source) {
            return new ConverterEvaluator(context.types).convert(source, domainValues);
        }
        return ((ReflectedType) converter.type()).convert(domainValues);
    }
}
