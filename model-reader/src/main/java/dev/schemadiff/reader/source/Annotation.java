package dev.schemadiff.reader.source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An annotation as written on a declaration. Its attributes are constants: {@code String},
 * {@code Long} (every integral value), {@code Double}, {@code Boolean}, {@code Character},
 * {@link EnumConstant}, {@link TypeRef} (a class literal), {@link Annotation}, or a {@code List} of them.
 * An attribute not written reads as its default, taken from the annotation type when this reader knows
 * it (JPA's and Hibernate's annotations).
 *
 * @param type     the annotation's canonical name
 * @param explicit the attributes written
 */
record Annotation(String type, Map<String, Object> explicit, Location location) {
    Annotation {
        Objects.requireNonNull(type, "type");
        explicit = Map.copyOf(explicit);
    }

    boolean isExplicit(String attribute) {
        return explicit.containsKey(attribute);
    }

    /** The attribute's value, written or default; {@code null} when neither is known. */
    Object value(String attribute) {
        Object value = explicit.get(attribute);
        return value != null ? value : AnnotationDefaults.defaultValue(type, attribute);
    }

    String string(String attribute) {
        Object value = value(attribute);
        return value == null ? "" : value.toString();
    }

    /** A string attribute, empty meaning absent, as JPA's attributes use it. */
    Optional<String> text(String attribute) {
        String value = string(attribute);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    int integer(String attribute) {
        Object value = value(attribute);
        return value instanceof Number number ? number.intValue() : 0;
    }

    long longValue(String attribute) {
        Object value = value(attribute);
        return value instanceof Number number ? number.longValue() : 0;
    }

    boolean bool(String attribute) {
        return Boolean.TRUE.equals(value(attribute));
    }

    /** The name of an enum constant attribute, or {@code ""}. */
    String enumName(String attribute) {
        Object value = value(attribute);
        return value instanceof EnumConstant constant ? constant.name() : "";
    }

    /** A class attribute; {@code void.class} (JPA's "none") reads as empty. */
    Optional<TypeRef> type(String attribute) {
        Object value = value(attribute);
        return value instanceof TypeRef type && !type.is("void") && !type.is("java.lang.Void")
                ? Optional.of(type) : Optional.empty();
    }

    Optional<Annotation> annotation(String attribute) {
        Object value = value(attribute);
        return value instanceof Annotation annotation ? Optional.of(annotation) : Optional.empty();
    }

    /** An array attribute's elements; a single value written without braces is a one-element array. */
    List<Object> list(String attribute) {
        Object value = value(attribute);
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? List.copyOf(list) : List.of(value);
    }

    List<Annotation> annotations(String attribute) {
        return list(attribute).stream().filter(Annotation.class::isInstance).map(Annotation.class::cast).toList();
    }

    List<String> strings(String attribute) {
        return list(attribute).stream().map(Object::toString).toList();
    }

    /** The simple name, for messages: {@code @Column}. */
    String simpleName() {
        return "@" + type.substring(type.lastIndexOf('.') + 1);
    }
}
