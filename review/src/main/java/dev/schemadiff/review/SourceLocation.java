package dev.schemadiff.review;

import java.util.Objects;

/**
 * Where a change comes from in the head sources.
 *
 * @param file path relative to the repository (or {@code --head} folder) root, with {@code /} separators
 * @param line 1-based line of the declaration
 */
public record SourceLocation(String file, int line) {
    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
