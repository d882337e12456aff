package dev.schemadiff.reader.hibernate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.schemadiff.testkit.GeneratedModel;
import java.util.stream.Stream;

/** Where the test entities live as class files. */
final class TestEntities {
    static final int GENERATED_ENTITIES = 100;
    private static final long GENERATED_SEED = 20_260_101L;
    private TestEntities() {
    }

    /** The recruiting sample's classes: its jar, or its classes directory inside the reactor. */
    static Path recruiting() {
        return locationOf(dev.schemadiff.samples.recruiting.Candidate.class);
    }

    /** The oracle corpus (package {@code corpus}) alone, copied into {@code dir} unless already there. */
    static synchronized Path corpus(Path dir) {
        Path classes = dir.resolve("corpus-classes");
        return Files.isDirectory(classes)
                ? classes
                : copyPackage(dev.schemadiff.reader.hibernate.corpus.Customer.class, classes);
    }

    /** The quoting corpus (package {@code quoted}) alone, copied into {@code dir} unless already there. */
    static synchronized Path quoted(Path dir) {
        Path classes = dir.resolve("quoted-classes");
        return Files.isDirectory(classes)
                ? classes
                : copyPackage(dev.schemadiff.reader.hibernate.quoted.Order.class, classes);
    }

    /** The directory or jar {@code type} was loaded from: the recruiting sample's classes. */
    static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a code source location is always a valid URI", e);
        }
    }

    /**
     * A generated model of {@value #GENERATED_ENTITIES} entities (testkit's {@code GeneratedModel}, fixed
     * seed) compiled into {@code dir} unless already there: every mapping feature several times over.
     */
    static synchronized Path generated(Path dir) {
        Path root = dir.resolve("generated");
        Path classes = root.resolve("classes");
        return Files.isDirectory(classes)
                ? classes
                : GeneratedModel.write(GENERATED_ENTITIES, GENERATED_SEED, root).compile().classesDir();
    }

    /**
     * Copies the class files of {@code anchor}'s package (not its subpackages) into a class directory
     * under {@code target}, so a reader sees that package alone rather than every test class.
     */
    static Path copyPackage(Class<?> anchor, Path target) {
        String packagePath = anchor.getPackageName().replace('.', '/');
        Path source = locationOf(anchor).resolve(packagePath);
        Path destination = target.resolve(packagePath);
        try (Stream<Path> files = Files.list(source)) {
            Files.createDirectories(destination);
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Files.copy(file, destination.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
