package dev.schemadiff.reader.source;

import dev.schemadiff.reader.NamingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SourceModelReader} reads and how it names things.
 *
 * @param sources                source roots (such as {@code src/main/java}); every {@code .java} file beneath
 *                               is considered
 * @param classpath              jars or class directories holding types the sources use but do not declare (a
 *                               mapped superclass, an enum, an embeddable from a library); read by reflection,
 *                               never initialized
 * @param naming                 naming mode
 * @param physicalNamingStrategy FQCN of a custom Hibernate {@code PhysicalNamingStrategy} on the classpath, or
 *                               {@code null}; replaces the mode's physical strategy
 * @param defaultSchema          schema for tables that name none, {@code public} when {@code null}
 * @param skipUnparsable         whether a file that does not parse is skipped with a warning instead of failing
 *                               the read
 * @param quoteAll               names quoted as Hibernate's {@code hibernate.globally_quoted_identifiers} quotes
 *                               them, column definitions left unquoted; see
 *                               {@link dev.schemadiff.reader.ModelReaderOptions#quoteAll()}
 */
public record SourceReaderOptions(List<Path> sources, List<Path> classpath, NamingMode naming,
                                  String physicalNamingStrategy, String defaultSchema, boolean skipUnparsable,
                                  boolean quoteAll) {
    public SourceReaderOptions {
        sources = List.copyOf(sources);
        classpath = List.copyOf(classpath);
        Objects.requireNonNull(naming, "naming");
        defaultSchema = defaultSchema == null ? "public" : defaultSchema;
    }

    /** Options without global quoting. */
    public SourceReaderOptions(List<Path> sources, List<Path> classpath, NamingMode naming,
                               String physicalNamingStrategy, String defaultSchema, boolean skipUnparsable) {
        this(sources, classpath, naming, physicalNamingStrategy, defaultSchema, skipUnparsable, false);
    }

    /** The same options with global quoting on or off. */
    public SourceReaderOptions withQuoteAll(boolean quoteAllIdentifiers) {
        return new SourceReaderOptions(sources, classpath, naming, physicalNamingStrategy, defaultSchema,
                skipUnparsable, quoteAllIdentifiers);
    }

    /** Sources named by {@code naming}, nothing else set. */
    public static SourceReaderOptions of(List<Path> sources, NamingMode naming) {
        return new SourceReaderOptions(sources, List.of(), naming, null, null, false);
    }
}
