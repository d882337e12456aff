package dev.schemadiff.api;

import dev.schemadiff.reader.NamingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the entities that define the expected schema come from. Today one kind of source exists,
 * {@link CompiledClasses}; sources such as {@code .java} files are further permitted types to come.
 *
 * <pre>{@code
 * ModelSource entities = ModelSource.classes(Path.of("target/classes"))
 *         .withClasspath(Path.of("target/lib/money-types.jar"))
 *         .withNaming(NamingMode.JPA);
 * }</pre>
 */
public sealed interface ModelSource permits ModelSource.CompiledClasses {

    /**
     * Compiled entities in {@code locations} (class directories or jars), named by Spring Boot's rules
     * ({@link NamingMode#SPRING}), with no further classpath.
     */
    static CompiledClasses classes(Path... locations) {
        return new CompiledClasses(List.of(locations), List.of(), NamingMode.SPRING, null);
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
     */
    record CompiledClasses(List<Path> classes, List<Path> classpath, NamingMode naming, String physicalNamingStrategy)
            implements ModelSource {

        public CompiledClasses {
            classes = List.copyOf(classes);
            classpath = List.copyOf(classpath);
            Objects.requireNonNull(naming, "naming");
            if (classes.isEmpty()) {
                throw new IllegalArgumentException("no entity class locations given; name a class directory or jar");
            }
        }

        /** The same source with {@code dependencies} as its classpath. */
        public CompiledClasses withClasspath(Path... dependencies) {
            return new CompiledClasses(classes, List.of(dependencies), naming, physicalNamingStrategy);
        }

        /** The same source named by {@code namingMode}. */
        public CompiledClasses withNaming(NamingMode namingMode) {
            return new CompiledClasses(classes, classpath, namingMode, physicalNamingStrategy);
        }

        /** The same source with a custom physical naming strategy, given by class name. */
        public CompiledClasses withPhysicalNamingStrategy(String className) {
            return new CompiledClasses(classes, classpath, naming, className);
        }
    }
}
