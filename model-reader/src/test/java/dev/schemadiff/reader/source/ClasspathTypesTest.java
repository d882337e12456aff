package dev.schemadiff.reader.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.reader.hibernate.HibernateModelReader;
import dev.schemadiff.schema.ExpectedSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Types the sources use from a library jar (a mapped superclass, an embeddable, an enum) are read from the
 * jar by reflection when it is on the classpath; without it, what they would map is left out with warnings.
 */
class ClasspathTypesTest {
    private static final Map<String, String> LIBRARY = Map.of(
            "com/vendor/Audited.java", """
                    package com.vendor;

                    import jakarta.persistence.*;

                    @MappedSuperclass
                    public abstract class Audited {
                        @Column(name = "created_by", length = 50, nullable = false)
                        private String createdBy;

                        private java.time.Instant createdAt;
                    }
                    """,
            "com/vendor/Money.java", """
                    package com.vendor;

                    import jakarta.persistence.*;

                    @Embeddable
                    public class Money {
                        @Column(precision = 12, scale = 2)
                        private java.math.BigDecimal amount;

                        @Column(length = 3)
                        private String currency;
                    }
                    """,
            "com/vendor/Level.java", """
                    package com.vendor;

                    public enum Level { LOW, MEDIUM, HIGH }
                    """);
    private static final Map<String, String> APPLICATION = Map.of(
            "com/acme/Purchase.java", """
                    package com.acme;

                    import com.vendor.*;
                    import jakarta.persistence.*;

                    @Entity
                    public class Purchase extends Audited {
                        @Id
                        private Long id;

                        @Enumerated(EnumType.STRING)
                        private Level level;

                        private Level priority;

                        @Embedded
                        private Money total;
                    }
                    """);

    @TempDir
    Path dir;

    @Test
    void libraryTypesReadFromTheClasspathGiveHibernatesSchema() {
        Path jar = jar(write(dir.resolve("library"), LIBRARY), dir.resolve("library.jar"));
        Path sources = write(dir.resolve("application"), APPLICATION);
        Path classes = Corpora.compile(dir.resolve("application-classes"), List.of(jar), sources);

        ExpectedSchema hibernate = new HibernateModelReader().read(new ModelReaderOptions(List.of(classes), List.of(jar),
                NamingMode.SPRING, null, null));
        ExpectedSchema source = new SourceModelReader().read(new SourceReaderOptions(List.of(sources), List.of(jar),
                NamingMode.SPRING, null, null, false));

        SourceParityTest.assertSameModel(hibernate.model(), source.model());
        assertEquals(hibernate.provenance(), source.provenance());
        assertEquals(List.of(), source.warnings());
    }

    @Test
    void withoutTheJarWhatTheLibraryWouldMapIsLeftOutWithWarnings() {
        Path sources = write(dir.resolve("application"), APPLICATION);

        ExpectedSchema source = new SourceModelReader().read(SourceReaderOptions.of(List.of(sources), NamingMode.SPRING));

        String file = sources.resolve("com/acme/Purchase.java").toString();
        assertEquals(List.of(
                file + ":7: the superclass Audited of Purchase cannot be resolved; the attributes it may map are left"
                        + " out (add the jar that declares it with --classpath)",
                file + ":12: the enum Level of Purchase.level cannot be resolved; its column is expected without the"
                        + " check constraint listing its values",
                file + ":14: Purchase.priority is left out of the expected schema: its type Level cannot be resolved"
                        + " from the sources; give it @JdbcTypeCode, @Convert or @Transient, or add the jar that"
                        + " declares its type with --classpath",
                file + ":17: the embeddable type Money of Purchase.total cannot be resolved; its columns are left out"
                        + " of the expected schema (add the jar that declares it with --classpath)"), source.warnings());
    }

    private static Path write(Path root, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path jar(Path sources, Path jar) {
        Path classes = Corpora.compile(dir.resolve("library-classes"), sources);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                entries.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                entries.write(Files.readAllBytes(file));
                entries.closeEntry();
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
