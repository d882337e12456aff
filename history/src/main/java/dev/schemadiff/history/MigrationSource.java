package dev.schemadiff.history;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Where a project's migrations are, and so which tool's history records them. Written on the command
 * line as {@code flyway:DIR}, {@code liquibase:CHANGELOG}, {@code alembic:DIR} or {@code alembic:REV};
 * a bare path is recognised by what it holds (see {@link #parse(String)}).
 */
public sealed interface MigrationSource
        permits MigrationSource.Flyway, MigrationSource.Liquibase, MigrationSource.AlembicDirectory,
                MigrationSource.AlembicRevision {

    /** The tool's name, for messages: {@code Flyway}, {@code Liquibase} or {@code Alembic}. */
    String toolName();

    /** Flyway SQL migrations ({@code V1__name.sql} ...) in a directory. */
    record Flyway(Path directory) implements MigrationSource {
        public Flyway {
            Objects.requireNonNull(directory, "directory");
        }

        @Override
        public String toolName() {
            return "Flyway";
        }
    }

    /** A Liquibase root changelog (XML, YAML, JSON or formatted SQL). */
    record Liquibase(Path changelog) implements MigrationSource {
        public Liquibase {
            Objects.requireNonNull(changelog, "changelog");
        }

        @Override
        public String toolName() {
            return "Liquibase";
        }
    }

    /** Alembic's {@code versions} directory: revisions are read from the files, never run. */
    record AlembicDirectory(Path directory) implements MigrationSource {
        public AlembicDirectory {
            Objects.requireNonNull(directory, "directory");
        }

        @Override
        public String toolName() {
            return "Alembic";
        }
    }

    /** One Alembic revision id to stamp, for projects whose version files are not at hand. */
    record AlembicRevision(String revision) implements MigrationSource {
        public AlembicRevision {
            Objects.requireNonNull(revision, "revision");
        }

        @Override
        public String toolName() {
            return "Alembic";
        }
    }

    /**
     * Reads {@code flyway:DIR}, {@code liquibase:CHANGELOG}, {@code alembic:DIR} or {@code alembic:REV}.
     * Without a prefix: a directory holding {@code .py} files is Alembic's, another directory Flyway's,
     * and a file a Liquibase changelog.
     *
     * @throws SchemaDiffException ({@code USAGE}) when the path does not exist or the form is unknown
     */
    static MigrationSource parse(String text) {
        int colon = text.indexOf(':');
        String prefix = colon < 0 ? "" : text.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? text : text.substring(colon + 1);
        return switch (prefix) {
            case "flyway" -> new Flyway(existingDirectory(rest, text));
            case "liquibase" -> new Liquibase(existingFile(rest, text));
            case "alembic" -> alembic(rest, text);
            default -> guess(Path.of(text), text);
        };
    }

    private static MigrationSource alembic(String value, String text) {
        if (Files.isDirectory(Path.of(value))) {
            return new AlembicDirectory(Path.of(value));
        }
        // Alembic's generated ids are 12 hex digits; hand-chosen ones are words, at most version_num's 32.
        if (value.matches("[0-9A-Za-z_]{1,32}")) {
            return new AlembicRevision(value);
        }
        throw usage("'" + text + "' is neither a directory nor an Alembic revision id");
    }

    private static MigrationSource guess(Path path, String text) {
        if (Files.isRegularFile(path)) {
            return new Liquibase(path);
        }
        if (!Files.isDirectory(path)) {
            throw usage(text + " does not exist");
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".py"))
                    ? new AlembicDirectory(path) : new Flyway(path);
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + path, e);
        }
    }

    private static Path existingDirectory(String path, String text) {
        Path directory = Path.of(path);
        if (!Files.isDirectory(directory)) {
            throw usage(text + ": " + path + " is not a directory");
        }
        return directory;
    }

    private static Path existingFile(String path, String text) {
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            throw usage(text + ": " + path + " is not a file");
        }
        return file;
    }

    private static SchemaDiffException usage(String problem) {
        return new SchemaDiffException(ErrorCode.USAGE, problem + "; use flyway:DIR, liquibase:CHANGELOG, alembic:DIR"
                + " or alembic:REV");
    }
}
