package dev.schemadiff.reader.source;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A type read by reflection from a class file of the {@code --classpath} or the JDK. The class is loaded
 * but never initialized; a member whose type is missing from the classpath leaves the member list empty
 * (the reader then warns where the type is used).
 */
final class ReflectedType implements DeclaredType {
    /** Packages whose constants may be read by initializing the class: the JDK's, JPA's, Hibernate's. */
    private static final Set<String> TRUSTED_PREFIXES = Set.of("java.", "javax.", "jakarta.", "org.hibernate.");

    private final Class<?> type;
    private final Location location;

    ReflectedType(Class<?> type) {
        this.type = type;
        this.location = new Location(sourceOf(type), () -> 0);
    }

    @Override
    public String name() {
        return type.getCanonicalName() == null ? type.getName() : type.getCanonicalName();
    }

    @Override
    public String binaryName() {
        return type.getName();
    }

    @Override
    public String simpleName() {
        return type.getSimpleName();
    }

    @Override
    public Kind kind() {
        if (type.isAnnotation()) {
            return Kind.ANNOTATION;
        }
        if (type.isEnum()) {
            return Kind.ENUM;
        }
        if (type.isRecord()) {
            return Kind.RECORD;
        }
        return type.isInterface() ? Kind.INTERFACE : Kind.CLASS;
    }

    @Override
    public boolean isAbstract() {
        return Modifier.isAbstract(type.getModifiers());
    }

    @Override
    public List<String> typeParameters() {
        return Arrays.stream(type.getTypeParameters()).map(TypeVariable::getName).toList();
    }

    @Override
    public Optional<TypeRef> superclass() {
        if (type.getSuperclass() == null || type.getSuperclass() == Object.class || type.isEnum() || type.isRecord()) {
            return Optional.empty();
        }
        return safely(() -> ReflectedTypes.typeRef(type.getGenericSuperclass()));
    }

    @Override
    public List<TypeRef> interfaces() {
        return safely(() -> Arrays.stream(type.getGenericInterfaces()).map(ReflectedTypes::typeRef).toList())
                .orElse(List.of());
    }

    @Override
    public List<Annotation> annotations() {
        return safely(() -> Arrays.stream(type.getDeclaredAnnotations())
                .map(annotation -> ReflectedTypes.annotation(annotation, location)).toList()).orElse(List.of());
    }

    @Override
    public List<Member> fields() {
        return safely(() -> {
            List<Member> fields = new ArrayList<>();
            for (Field field : type.getDeclaredFields()) {
                if (!field.isSynthetic()) {
                    fields.add(new Member(field.getName(), ReflectedTypes.typeRef(field.getGenericType()),
                            Modifier.isStatic(field.getModifiers()), Modifier.isTransient(field.getModifiers()),
                            annotationsOf(field.getDeclaredAnnotations()), location));
                }
            }
            return fields;
        }).orElse(List.of());
    }

    @Override
    public List<Member> methods() {
        return safely(() -> {
            List<Member> methods = new ArrayList<>();
            for (Method method : type.getDeclaredMethods()) {
                if (method.getParameterCount() == 0 && method.getReturnType() != void.class && !method.isBridge()
                        && !method.isSynthetic()) {
                    methods.add(new Member(method.getName(), ReflectedTypes.typeRef(method.getGenericReturnType()),
                            Modifier.isStatic(method.getModifiers()), false,
                            annotationsOf(method.getDeclaredAnnotations()), location));
                }
            }
            return methods;
        }).orElse(List.of());
    }

    @Override
    public List<Member> recordComponents() {
        if (!type.isRecord()) {
            return List.of();
        }
        return safely(() -> {
            List<Member> components = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                components.add(new Member(component.getName(), ReflectedTypes.typeRef(component.getGenericType()),
                        false, false, annotationsOf(component.getDeclaredAnnotations()), location));
            }
            return components;
        }).orElse(List.of());
    }

    @Override
    public List<String> enumConstants() {
        if (!type.isEnum()) {
            return List.of();
        }
        // the constants' fields, in declaration order: getEnumConstants() would initialize the class
        return Arrays.stream(type.getDeclaredFields()).filter(Field::isEnumConstant).map(Field::getName).toList();
    }

    @Override
    public List<String> memberTypes() {
        return safely(() -> Arrays.stream(type.getDeclaredClasses()).map(Class::getSimpleName).toList())
                .orElse(List.of());
    }

    @Override
    public Location location() {
        return location;
    }

    /**
     * The value of a {@code static final} constant, read only from the JDK, JPA and Hibernate, whose
     * classes may be initialized; {@code null} otherwise.
     */
    Object constant(String fieldName) {
        if (TRUSTED_PREFIXES.stream().noneMatch(prefix -> type.getName().startsWith(prefix))) {
            return null;
        }
        try {
            Field field = type.getField(fieldName);
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers)) {
                return null;
            }
            Object value = field.get(null);
            return value == null ? null : AnnotationDefaults.convert(value);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /**
     * What this converter class stores for {@code values} ({@code Boolean}s or {@code null}): run only for
     * Hibernate's own converters ({@code YesNoConverter} and the like), never for a class of the classpath.
     */
    Optional<List<Object>> convert(List<Object> values) {
        if (!type.getName().startsWith("org.hibernate.") || values.stream().anyMatch(EnumConstant.class::isInstance)) {
            return Optional.empty();
        }
        try {
            Object converter = type.getConstructor().newInstance();
            Method convert = type.getMethod("convertToDatabaseColumn", Object.class);
            List<Object> results = new ArrayList<>();
            for (Object value : values) {
                Object result;
                try {
                    result = convert.invoke(converter, value);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    result = null; // Hibernate reads a failure on null as "no value for null"
                }
                results.add(result instanceof Number number ? (Object) number.longValue() : result);
            }
            return Optional.of(results);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    private List<Annotation> annotationsOf(java.lang.annotation.Annotation[] annotations) {
        return Arrays.stream(annotations).map(annotation -> ReflectedTypes.annotation(annotation, location)).toList();
    }

    /** Reflection that fails on a missing dependency of the class yields empty, not an error. */
    private static <T> Optional<T> safely(java.util.function.Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (LinkageError | TypeNotPresentException | java.lang.reflect.MalformedParameterizedTypeException e) {
            return Optional.empty();
        }
    }

    private static String sourceOf(Class<?> type) {
        java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
        String where = source == null || source.getLocation() == null ? "the JDK" : source.getLocation().getPath();
        return type.getName() + " (" + where.substring(where.lastIndexOf('/', where.length() - 2) + 1) + ")";
    }

    @Override
    public String toString() {
        return name();
    }
}
