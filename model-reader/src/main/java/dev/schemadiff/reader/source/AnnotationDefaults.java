package dev.schemadiff.reader.source;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default values of the attributes of annotation types this reader knows (JPA's and Hibernate's, on
 * its own class path), read from the annotation types themselves so they never drift from the versions
 * Hibernate is built with. Annotation types the reader does not have have no known defaults.
 */
final class AnnotationDefaults {
    private static final Map<String, Optional<Map<String, Object>>> DEFAULTS = new ConcurrentHashMap<>();

    private AnnotationDefaults() {
    }

    /** The default of {@code attribute} of annotation {@code type}, converted as {@link Annotation} holds values. */
    static Object defaultValue(String type, String attribute) {
        return DEFAULTS.computeIfAbsent(type, AnnotationDefaults::load).map(values -> values.get(attribute)).orElse(null);
    }

    private static Optional<Map<String, Object>> load(String type) {
        if (!type.startsWith("jakarta.persistence.") && !type.startsWith("org.hibernate.annotations.")) {
            return Optional.empty();
        }
        Class<?> annotationType;
        try {
            annotationType = Class.forName(type, false, AnnotationDefaults.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        if (!annotationType.isAnnotation()) {
            return Optional.empty();
        }
        Map<String, Object> values = new HashMap<>();
        for (Method attribute : annotationType.getDeclaredMethods()) {
            Object value = attribute.getDefaultValue();
            if (value != null) {
                values.put(attribute.getName(), convert(value));
            }
        }
        return Optional.of(values);
    }

    /** A reflective annotation value as {@link Annotation} holds values. */
    static Object convert(Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof Character) {
            return value;
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float || value instanceof Double) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof Enum<?> constant) {
            return new EnumConstant(constant.getDeclaringClass().getCanonicalName(), constant.name());
        }
        if (value instanceof Class<?> type) {
            return ReflectedTypes.typeRef(type);
        }
        if (value instanceof java.lang.annotation.Annotation annotation) {
            return ReflectedTypes.annotation(annotation, Location.UNKNOWN);
        }
        if (value.getClass().isArray()) {
            List<Object> elements = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                elements.add(convert(Array.get(value, i)));
            }
            return elements;
        }
        throw new IllegalArgumentException("not an annotation value: " + value);
    }
}
