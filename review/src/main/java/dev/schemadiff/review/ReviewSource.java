package dev.schemadiff.review;

import java.nio.file.Path;
import java.util.Objects;

/** One side of a review: a git revision, read without a checkout, or a folder. */
public sealed interface ReviewSource {

    /** How reports name the side: the ref or the folder as given. */
    String label();

    /**
     * A revision of a git repository, read through the git CLI ({@code git ls-tree} and
     * {@code git cat-file --batch}); the work tree is never touched.
     *
     * @param repository a directory inside the repository's work tree; source and migration paths are relative to it
     * @param ref        anything {@code git rev-parse} resolves to a commit: a branch, {@code origin/main}, a sha
     */
    record GitRevision(Path repository, String ref) implements ReviewSource {
        public GitRevision {
            Objects.requireNonNull(repository, "repository");
            Objects.requireNonNull(ref, "ref");
        }

        @Override
        public String label() {
            return ref;
        }
    }

    /** A folder holding the project at one state; source and migration paths are relative to it. */
    record Folder(Path root) implements ReviewSource {
        public Folder {
            Objects.requireNonNull(root, "root");
        }

        @Override
        public String label() {
            return root.toString();
        }
    }
}
