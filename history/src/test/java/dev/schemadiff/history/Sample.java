package dev.schemadiff.history;

import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.reader.hibernate.HibernateModelReader;
import dev.schemadiff.schema.ExpectedSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The recruiting sample: its Flyway migrations V1..V3 and its entities. */
final class Sample {
    private static ExpectedSchema entities;

    private Sample() {
    }

    /** The sample's migration directory, as checked in. */
    static Path migrations() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("samples/recruiting"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("samples/recruiting not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("samples/recruiting/src/main/resources/db/migration");
    }

    /** A writable copy of the sample's migrations in {@code target}, to add or remove files in. */
    static Path copyOfMigrations(Path target) {
        try (Stream<Path> files = Files.list(migrations())) {
            Files.createDirectories(target);
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a migration file to {@code directory}. */
    static void write(Path directory, String name, String sql) {
        try {
            Files.writeString(directory.resolve(name), sql, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SQL of one of the sample's migrations. */
    static String sql(String name) {
        try {
            return Files.readString(migrations().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized ExpectedSchema entities() throws URISyntaxException, ClassNotFoundException {
        if (entities == null) {
            Path classes = Path.of(Class.forName("dev.schemadiff.samples.recruiting.Candidate", false,
                    Sample.class.getClassLoader()).getProtectionDomain().getCodeSource().getLocation().toURI());
            entities = new HibernateModelReader().read(ModelReaderOptions.of(List.of(classes), NamingMode.SPRING));
        }
        return entities;
    }
}
