package dev.schemadiff.reader;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a model reader reads and how it names things.
 *
 * @param classes                directories or jars holding the compiled entities
 * @param classpath              directories or jars the entities need to load (their own dependencies)
 * @param naming                 naming mode
 * @param physicalNamingStrategy FQCN of a custom Hibernate {@code PhysicalNamingStrategy} found on the
 *                               classpath, or {@code null}; replaces the mode's physical strategy
 * @param defaultSchema          schema for tables that name none, {@code public} when {@code null}
 * @param quoteAll               Hibernate's {@code hibernate.globally_quoted_identifiers}: every table, column,
 *                               sequence and constraint name is quoted, so it keeps its case and may be a
 *                               reserved word; column definitions stay unquoted
 *                               ({@code hibernate.globally_quoted_identifiers_skip_column_definitions})
 */
public record ModelReaderOptions(
        List<Path> classes, List<Path> classpath, NamingMode naming, String physicalNamingStrategy,
        String defaultSchema, boolean quoteAll) {

    public ModelReaderOptions {
        classes = List.copyOf(classes);
        classpath = List.copyOf(classpath);
        Objects.requireNonNull(naming, "naming");
        defaultSchema = defaultSchema == null ? "public" : defaultSchema;
    }

    /** Options without global quoting. */
    public ModelReaderOptions(List<Path> classes, List<Path> classpath, NamingMode naming,
                              String physicalNamingStrategy, String defaultSchema) {
        this(classes, classpath, naming, physicalNamingStrategy, defaultSchema, false);
    }

    public static ModelReaderOptions of(List<Path> classes, NamingMode naming) {
        return new ModelReaderOptions(classes, List.of(), naming, null, null);
    }

    /** The same options with global quoting on or off. */
    public ModelReaderOptions withQuoteAll(boolean quoteAllIdentifiers) {
        return new ModelReaderOptions(classes, classpath, naming, physicalNamingStrategy, defaultSchema,
                quoteAllIdentifiers);
    }
}
