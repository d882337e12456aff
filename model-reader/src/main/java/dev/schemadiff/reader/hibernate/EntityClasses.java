package dev.schemadiff.reader.hibernate;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.reader.ModelReaderOptions;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The managed classes (entities, embeddables, mapped superclasses, converters) and the loader they
 * come from: either found in the {@code classes} locations, loaded without initialization by a loader
 * over classes and classpath whose parent is this reader's loader (so JPA and Hibernate annotation types
 * are shared), or handed over already loaded by a running application, whose loader is not ours to close.
 *
 * @param ownsLoader whether {@link #close()} closes {@code loader}
 */
record EntityClasses(ClassLoader loader, List<Class<?>> managedClasses, boolean ownsLoader) implements AutoCloseable {
    private static final List<Class<? extends Annotation>> MANAGED_ANNOTATIONS =
            List.of(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class);
    /**
     * Descriptors of the managed annotations as they appear in a class file's constant pool. Only class
     * files that contain one are loaded: an application's other classes (controllers, services) often
     * need jars the user never passes, and must not make discovery fail.
     */
    private static final List<byte[]> ANNOTATION_DESCRIPTORS = MANAGED_ANNOTATIONS.stream()
            .map(type -> ("L" + type.getName().replace('.', '/') + ";").getBytes(StandardCharsets.UTF_8))
            .toList();

    EntityClasses {
        managedClasses = List.copyOf(managedClasses);
    }

    /**
     * Classes an application has loaded already (found by its framework's scan): their own loader, in
     * which Hibernate also finds the naming strategy and the types the entities use.
     */
    static EntityClasses loaded(Collection<Class<?>> managedClasses) {
        List<Class<?>> managed = managedClasses.stream().filter(EntityClasses::isManaged)
                .sorted(Comparator.comparing(Class::getName)).toList();
        if (managed.stream().noneMatch(type -> type.isAnnotationPresent(Entity.class))) {
            throw new SchemaDiffException(ErrorCode.MODEL, "no @Entity classes (jakarta.persistence) among the "
                    + managedClasses.size() + " classes given; check the packages scanned for entities");
        }
        managed.forEach(EntityClasses::requireResolvable);
        return new EntityClasses(managed.get(0).getClassLoader(), managed, false);
    }

    /** Scans, loads and checks the managed classes of {@code options.classes()}. */
    static EntityClasses discover(ModelReaderOptions options) {
        List<Path> locations = new ArrayList<>(options.classes());
        locations.addAll(options.classpath());
        locations.forEach(EntityClasses::requireExists);
        // sorted and without duplicates: the same class in two locations loads once, from the first
        SortedSet<String> candidates = new TreeSet<>();
        for (Path location : options.classes()) {
            candidates.addAll(Files.isDirectory(location) ? scanDirectory(location) : scanJar(location));
        }
        URLClassLoader loader = new URLClassLoader(toUrls(locations), EntityClasses.class.getClassLoader());
        try {
            List<Class<?>> managed = new ArrayList<>();
            for (String name : candidates) {
                Class<?> type = load(name, loader);
                if (isManaged(type)) {
                    requireResolvable(type);
                    managed.add(type);
                }
            }
            if (managed.stream().noneMatch(type -> type.isAnnotationPresent(Entity.class))) {
                throw new SchemaDiffException(ErrorCode.MODEL, "no @Entity classes (jakarta.persistence) found in "
                        + options.classes() + "; pass the directory or jar that holds the compiled entities");
            }
            return new EntityClasses(loader, managed, true);
        } catch (RuntimeException | Error e) {
            closeAfterFailure(loader, e);
            throw e;
        }
    }

    @Override
    public void close() {
        if (!ownsLoader) {
            return;
        }
        try {
            ((URLClassLoader) loader).close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the entity class loader", e);
        }
    }

    private static void requireExists(Path location) {
        if (!Files.exists(location)) {
            throw new SchemaDiffException(ErrorCode.USAGE, "entity class location " + location
                    + " does not exist; pass an existing directory or jar");
        }
    }

    private static List<String> scanDirectory(Path root) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.toList()) {
                String relativePath = root.relativize(file).toString().replace('\\', '/');
                if (isClassFile(relativePath) && carriesManagedAnnotation(Files.readAllBytes(file))) {
                    names.add(className(relativePath));
                }
            }
            return names;
        } catch (IOException e) {
            throw new SchemaDiffException(ErrorCode.MODEL, "cannot read " + root + ": " + e.getMessage()
                    + "; check the directory's permissions", e);
        }
    }

    private static List<String> scanJar(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> names = new ArrayList<>();
            for (JarEntry entry : file.stream().toList()) {
                if (isClassFile(entry.getName())) {
                    try (InputStream in = file.getInputStream(entry)) {
                        if (carriesManagedAnnotation(in.readAllBytes())) {
                            names.add(className(entry.getName()));
                        }
                    }
                }
            }
            return names;
        } catch (IOException e) {
            throw new SchemaDiffException(ErrorCode.MODEL, "cannot read " + jar
                    + " as a jar: " + e.getMessage() + "; pass a directory of classes or a jar", e);
        }
    }

    private static boolean isClassFile(String relativePath) {
        return relativePath.endsWith(".class") && !relativePath.startsWith("META-INF/")
                && !relativePath.endsWith("module-info.class") && !relativePath.endsWith("package-info.class");
    }

    private static String className(String relativePath) {
        return relativePath.substring(0, relativePath.length() - ".class".length()).replace('/', '.');
    }

    private static boolean carriesManagedAnnotation(byte[] classFile) {
        return ANNOTATION_DESCRIPTORS.stream().anyMatch(descriptor -> contains(classFile, descriptor));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw cannotLoad(name, e);
        }
    }

    private static boolean isManaged(Class<?> type) {
        return MANAGED_ANNOTATIONS.stream().anyMatch(type::isAnnotationPresent);
    }

    /**
     * Resolves the types of fields and methods now, as Hibernate will, so a dependency missing from the
     * classpath is reported against the entity that needs it rather than deep inside Hibernate.
     */
    private static void requireResolvable(Class<?> type) {
        try {
            for (Field field : type.getDeclaredFields()) {
                field.getGenericType();
            }
            for (Method method : type.getDeclaredMethods()) {
                method.getGenericReturnType();
                method.getGenericParameterTypes();
            }
        } catch (LinkageError | TypeNotPresentException e) {
            throw cannotLoad(type.getName(), e);
        }
    }

    private static SchemaDiffException cannotLoad(String className, Throwable cause) {
        String prefix = "cannot load entity class " + className + ": ";
        if (cause instanceof UnsupportedClassVersionError) {
            return new SchemaDiffException(ErrorCode.MODEL, prefix + "it was compiled for a newer Java than this one ("
                    + Runtime.version().feature() + "); run schemadiff on the Java the application runs on", cause);
        }
        if (String.valueOf(cause.getMessage()).contains("(wrong name:")) {
            return new SchemaDiffException(ErrorCode.MODEL, prefix + "its package does not match its directory; pass"
                    + " the root of the class directory (such as target/classes)", cause);
        }
        Optional<String> missing = missingClass(cause);
        if (missing.isPresent()) {
            return new SchemaDiffException(ErrorCode.MODEL, prefix + "missing class " + missing.get()
                    + "; add the jar that holds it with --classpath", cause);
        }
        return new SchemaDiffException(ErrorCode.MODEL, prefix + cause
                + "; check that the classes and the --classpath jars were built together", cause);
    }

    /** The binary name of a class whose absence appears anywhere in the cause chain of {@code failure}. */
    static Optional<String> missingClass(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TypeNotPresentException notPresent) {
                return Optional.of(notPresent.typeName());
            }
            if ((cause instanceof NoClassDefFoundError || cause instanceof ClassNotFoundException)
                    && cause.getMessage() != null) {
                return Optional.of(cause.getMessage().replace('/', '.'));
            }
        }
        return Optional.empty();
    }

    private static URL[] toUrls(List<Path> locations) {
        try {
            URL[] urls = new URL[locations.size()];
            for (int i = 0; i < urls.length; i++) {
                urls[i] = locations.get(i).toAbsolutePath().toUri().toURL();
            }
            return urls;
        } catch (MalformedURLException e) {
            throw new IllegalStateException("a file path always converts to a URL", e);
        }
    }

    private static void closeAfterFailure(URLClassLoader loader, Throwable failure) {
        try {
            loader.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
