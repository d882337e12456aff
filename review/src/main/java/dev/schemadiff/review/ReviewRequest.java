package dev.schemadiff.review;

import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.schema.QualifiedName;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to review.
 *
 * @param base       the state before the pull request
 * @param head       the state after it
 * @param sources    entity source roots, relative to the repository directory or folder, such as {@code src/main/java}
 * @param migrations migration folders, relative likewise; may be empty
 * @param naming     naming mode of both sides
 * @param tableSizes sizes of existing tables (from a database), asked once with the tables the hazards concern;
 *                   {@link TableSizes#NONE} without a database
 */
public record ReviewRequest(ReviewSource base, ReviewSource head, List<String> sources, List<String> migrations,
                            NamingMode naming, TableSizes tableSizes) {
    public ReviewRequest {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(head, "head");
        sources = List.copyOf(sources);
        migrations = List.copyOf(migrations);
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(tableSizes, "tableSizes");
    }

    /** Where table sizes come from. */
    @FunctionalInterface
    public interface TableSizes {
        TableSizes NONE = tables -> Map.of();

        /** Sizes of those of {@code tables} that exist. */
        Map<QualifiedName, TableSize> sizes(Set<QualifiedName> tables);
    }
}
