package dev.schemadiff.reader.source;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import java.io.IOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Types the sources use but do not declare, read by reflection: from the {@code --classpath} jars and
 * directories, and from the JDK. Classes are loaded without initialization, so none of their code runs.
 */
final class ReflectedTypes implements AutoCloseable {
    private final URLClassLoader loader;
    private final Map<String, Optional<DeclaredType>> types = new HashMap<>();

    private ReflectedTypes(URLClassLoader loader) {
        this.loader = loader;
    }

    /**
     * @throws SchemaDiffException with {@code ErrorCode.USAGE} for a classpath entry that does not exist
     */
    static ReflectedTypes open(List<Path> classpath) {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            Path entry = classpath.get(i);
            if (!Files.exists(entry)) {
                throw new SchemaDiffException(ErrorCode.USAGE, "classpath entry " + entry
                        + " does not exist; pass existing jars or class directories");
            }
            try {
                urls[i] = entry.toAbsolutePath().toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException("a file path always converts to a URL", e);
            }
        }
        // JPA's and Hibernate's annotation types come from the reader's own loader, so they are the
        // types the reflected annotations are instances of.
        return new ReflectedTypes(new URLClassLoader("schemadiff-source-classpath", urls,
                ReflectedTypes.class.getClassLoader()));
    }

    /** The class of canonical name {@code canonicalName}, trying {@code a.B.C} as {@code a.B$C} and so on. */
    Optional<DeclaredType> find(String canonicalName) {
        return types.computeIfAbsent(canonicalName, name -> load(name).map(ReflectedType::new));
    }

    private Optional<Class<?>> load(String canonicalName) {
        String binaryName = canonicalName;
        while (true) {
            try {
                return Optional.of(Class.forName(binaryName, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = binaryName.lastIndexOf('.');
                if (dot < 0) {
                    return Optional.empty();
                }
                binaryName = binaryName.substring(0, dot) + "$" + binaryName.substring(dot + 1);
            }
        }
    }

    /** The loader over the classpath, for a custom naming strategy named by class. */
    ClassLoader loader() {
        return loader;
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("closing the classpath loader", e);
        }
    }

    /** A reflective type as a {@link TypeRef}. */
    static TypeRef typeRef(Type type) {
        if (type instanceof Class<?> type1) {
            int dimensions = 0;
            Class<?> component = type1;
            while (component.isArray()) {
                dimensions++;
                component = component.getComponentType();
            }
            String name = component.getCanonicalName() == null ? component.getName() : component.getCanonicalName();
            return TypeRef.type(name).withDimensions(dimensions);
        }
        if (type instanceof ParameterizedType parameterized) {
            TypeRef raw = typeRef(parameterized.getRawType());
            List<TypeRef> arguments = new ArrayList<>();
            for (Type argument : parameterized.getActualTypeArguments()) {
                arguments.add(typeRef(argument));
            }
            return new TypeRef(TypeRef.Kind.CLASS, raw.name(), arguments, 0);
        }
        if (type instanceof GenericArrayType array) {
            TypeRef component = typeRef(array.getGenericComponentType());
            return component.withDimensions(component.dimensions() + 1);
        }
        if (type instanceof TypeVariable<?> variable) {
            return TypeRef.variable(variable.getName());
        }
        if (type instanceof WildcardType wildcard) {
            Type[] upper = wildcard.getUpperBounds();
            List<TypeRef> bound = upper.length == 1 && upper[0] != Object.class ? List.of(typeRef(upper[0])) : List.of();
            return new TypeRef(TypeRef.Kind.WILDCARD, "?", bound, 0);
        }
        return TypeRef.unresolved(type.getTypeName());
    }

    /** A reflective annotation as an {@link Annotation}: every attribute, as written or defaulted. */
    static Annotation annotation(java.lang.annotation.Annotation annotation, Location location) {
        Class<? extends java.lang.annotation.Annotation> type = annotation.annotationType();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Method attribute : type.getDeclaredMethods()) {
            try {
                Object value = attribute.invoke(annotation);
                if (attribute.getDefaultValue() == null || !java.util.Objects.deepEquals(value, attribute.getDefaultValue())) {
                    values.put(attribute.getName(), AnnotationDefaults.convert(value));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // an attribute whose class is missing reads as its default
            }
        }
        return new Annotation(type.getCanonicalName(), values, location);
    }
}
