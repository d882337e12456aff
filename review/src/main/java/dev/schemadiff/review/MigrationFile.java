package dev.schemadiff.review;

import java.util.Locale;
import java.util.Objects;

/**
 * A migration file the pull request touches.
 *
 * @param path   path relative to the repository (or folder) root, with {@code /} separators
 * @param status added, changed or removed between base and head
 */
public record MigrationFile(String path, Status status) {
    public MigrationFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
    }

    /** How the file differs between base and head. */
    public enum Status {
        ADDED,
        CHANGED,
        REMOVED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
