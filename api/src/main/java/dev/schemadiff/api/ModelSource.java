package dev.schemadiff.api;

import dev.schemadiff.reader.NamingMode;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Where the entities that define the expected schema come from: {@link CompiledClasses} in class
 * directories or jars, or {@link LoadedClasses} a running application has loaded already.
 *
 * <pre>{@code
 * ModelSource entities = ModelSource.classes(Path.of("target/classes"))
 *         .withClasspath(Path.of("target/lib/money-types.jar"))
 *         .withNaming(NamingMode.JPA);
 * }</pre>
 */
public sealed interface ModelSource permits ModelSource.CompiledClasses, ModelSource.LoadedClasses {

    /**
     * Compiled entities in {@code locations} (class directories or jars), named by Spring Boot's rules
     * ({@link NamingMode#SPRING}), with no further classpath.
     */
    static CompiledClasses classes(Path... locations) {
        return new CompiledClasses(List.of(locations), List.of(), NamingMode.SPRING, null);
    }

    /**
     * Managed classes the calling application has loaded already, such as those its framework's entity
     * scan found, named by Spring Boot's rules ({@link NamingMode#SPRING}).
     */
    static LoadedClasses loaded(Collection<Class<?>> managedClasses) {
        return new LoadedClasses(List.copyOf(managedClasses), NamingMode.SPRING, null);
    }

    /**
     * Compiled JPA entities, read through Hibernate's own mapping metadata.
     *
     * @param classes                class directories or jars that hold the entities; every managed class
     *                               ({@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass},
     *                               {@code @Converter}) in them is read
     * @param classpath              directories or jars the entities need to load (their own dependencies);
     *                               JPA and Hibernate themselves are provided
     * @param naming                 how entity and attribute names become table and column names
     * @param physicalNamingStrategy the class name of a custom Hibernate {@code PhysicalNamingStrategy} on
     *                               {@code classpath}, replacing the physical half of {@code naming}; or
     *                               {@code null}
     * @param quoteAll               every name quoted, as {@code hibernate.globally_quoted_identifiers=true} does
     */
    record CompiledClasses(List<Path> classes, List<Path> classpath, NamingMode naming, String physicalNamingStrategy,
                           boolean quoteAll)
            implements ModelSource {

        public CompiledClasses {
            classes = List.copyOf(classes);
            classpath = List.copyOf(classpath);
            Objects.requireNonNull(naming, "naming");
            if (classes.isEmpty()) {
                throw new IllegalArgumentException("no entity class locations given; name a class directory or jar");
            }
        }

        /** A source without global quoting. */
        public CompiledClasses(List<Path> classes, List<Path> classpath, NamingMode naming,
                               String physicalNamingStrategy) {
            this(classes, classpath, naming, physicalNamingStrategy, false);
        }

        /** The same source with {@code dependencies} as its classpath. */
        public CompiledClasses withClasspath(Path... dependencies) {
            return new CompiledClasses(classes, List.of(dependencies), naming, physicalNamingStrategy, quoteAll);
        }

        /** The same source named by {@code namingMode}. */
        public CompiledClasses withNaming(NamingMode namingMode) {
            return new CompiledClasses(classes, classpath, namingMode, physicalNamingStrategy, quoteAll);
        }

        /** The same source with a custom physical naming strategy, given by class name. */
        public CompiledClasses withPhysicalNamingStrategy(String className) {
            return new CompiledClasses(classes, classpath, naming, className, quoteAll);
        }

        /** The same source with every name quoted ({@code hibernate.globally_quoted_identifiers}), or not. */
        public CompiledClasses withQuoteAll(boolean quoteAllIdentifiers) {
            return new CompiledClasses(classes, classpath, naming, physicalNamingStrategy, quoteAllIdentifiers);
        }
    }

    /**
     * Managed classes already loaded in this JVM, read through Hibernate's own mapping metadata; Hibernate
     * finds what else they need (their field types, a custom naming strategy) through their class loader.
     *
     * @param classes                the {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} and
     *                               {@code @Converter} classes; others are ignored
     * @param naming                 how entity and attribute names become table and column names
     * @param physicalNamingStrategy the class name of a custom Hibernate {@code PhysicalNamingStrategy},
     *                               replacing the physical half of {@code naming}; or {@code null}
     * @param quoteAll               every name quoted, as {@code hibernate.globally_quoted_identifiers=true} does
     */
    record LoadedClasses(List<Class<?>> classes, NamingMode naming, String physicalNamingStrategy, boolean quoteAll)
            implements ModelSource {

        public LoadedClasses {
            classes = List.copyOf(classes);
            Objects.requireNonNull(naming, "naming");
        }

        /** Classes without global quoting. */
        public LoadedClasses(List<Class<?>> classes, NamingMode naming, String physicalNamingStrategy) {
            this(classes, naming, physicalNamingStrategy, false);
        }

        /** The same classes named by {@code namingMode}, with {@code physicalStrategy} (or {@code null}). */
        public LoadedClasses withNaming(NamingMode namingMode, String physicalStrategy) {
            return new LoadedClasses(classes, namingMode, physicalStrategy, quoteAll);
        }

        /** The same classes with every name quoted ({@code hibernate.globally_quoted_identifiers}), or not. */
        public LoadedClasses withQuoteAll(boolean quoteAllIdentifiers) {
            return new LoadedClasses(classes, naming, physicalNamingStrategy, quoteAllIdentifiers);
        }
    }
}
