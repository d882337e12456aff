package dev.schemadiff.reader.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Failures a user can cause end in one-line {@link SchemaDiffException}s, from both entry points. */
class ReaderErrorsTest {
    private static final String FOO = """
            package com.acme;

            @jakarta.persistence.Entity
            public class Foo {
                @jakarta.persistence.Id
                private Long id;

                @jakarta.persistence.Transient
                private com.acme.lib.Bar bar;
            }
            """;
    private static final String BAR = """
            package com.acme.lib;

            public class Bar {
            }
            """;

    @TempDir
    Path dir;

    /** Both public entry points share discovery and boot, so both must fail the same way. */
    static Stream<Arguments> entryPoints() {
        Consumer<ModelReaderOptions> read = options -> new HibernateModelReader().read(options);
        Consumer<ModelReaderOptions> script = options -> new HibernateDdl().createScript(options);
        return Stream.of(Arguments.of("HibernateModelReader.read", read),
                Arguments.of("HibernateDdl.createScript", script));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entryPoints")
    void entityWhoseDependencyIsMissingNamesBothClasses(String entryPoint, Consumer<ModelReaderOptions> run)
            throws IOException {
        Path classes = fooNeedingBar();
        Files.delete(classes.resolve("com/acme/lib/Bar.class"));

        SchemaDiffException failure = assertThrows(SchemaDiffException.class, () -> run.accept(options(classes)));

        assertEquals(ErrorCode.MODEL, failure.code());
        assertEquals("cannot load entity class com.acme.Foo: missing class com.acme.lib.Bar; add the jar that"
                + " holds it with --classpath", failure.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entryPoints")
    void theMissingClassOnTheClasspathOptionFixesIt(String entryPoint, Consumer<ModelReaderOptions> run) {
        Path classes = fooNeedingBar();
        Path library = dir.resolve("library");
        try {
            Files.createDirectories(library.resolve("com/acme/lib"));
            Files.move(classes.resolve("com/acme/lib/Bar.class"), library.resolve("com/acme/lib/Bar.class"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }

        run.accept(new ModelReaderOptions(List.of(classes), List.of(library), NamingMode.SPRING, null, null));
    }

    @Test
    void nonexistentPathIsAUsageError() {
        Path missing = dir.resolve("no-such-classes");

        SchemaDiffException failure = assertThrows(SchemaDiffException.class,
                () -> new HibernateModelReader().read(options(missing)));

        assertEquals(ErrorCode.USAGE, failure.code());
        assertEquals("entity class location " + missing + " does not exist; pass an existing directory or jar",
                failure.getMessage());
    }

    @Test
    void directoryWithoutEntitiesSaysWhereItLooked() {
        // A non-entity class whose superclass is missing must not matter: applications hold many
        // classes (controllers, services) whose jars the user never passes.
        Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
                "com.acme.lib.Bar", BAR,
                "com.acme.Service", "package com.acme; public class Service extends com.acme.lib.Bar {}"));
        try {
            Files.delete(classes.resolve("com/acme/lib/Bar.class"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }

        SchemaDiffException failure = assertThrows(SchemaDiffException.class,
                () -> new HibernateModelReader().read(options(classes)));

        assertEquals(ErrorCode.MODEL, failure.code());
        assertEquals("no @Entity classes (jakarta.persistence) found in [" + classes + "]; pass the directory or"
                + " jar that holds the compiled entities", failure.getMessage());
    }

    @Test
    void packageDirectoryInsteadOfTheClassesRootIsExplained() {
        Path packageDirectory = fooNeedingBar().resolve("com/acme");

        SchemaDiffException failure = assertThrows(SchemaDiffException.class,
                () -> new HibernateModelReader().read(options(packageDirectory)));

        assertEquals(ErrorCode.MODEL, failure.code());
        assertEquals("cannot load entity class Foo: its package does not match its directory; pass the root of the"
                + " class directory (such as target/classes)", failure.getMessage());
    }

    @Test
    void mappingHibernateRejectsIsAModelError() {
        Path classes = JavaSources.compile(dir.resolve("classes"), Map.of("com.acme.NoId",
                "package com.acme; @jakarta.persistence.Entity public class NoId { private String name; }"));

        SchemaDiffException failure = assertThrows(SchemaDiffException.class,
                () -> new HibernateModelReader().read(options(classes)));

        assertEquals(ErrorCode.MODEL, failure.code());
        assertTrue(failure.getMessage().startsWith("Hibernate cannot map the entities: ")
                && failure.getMessage().contains("com.acme.NoId")
                && failure.getMessage().endsWith("; fix the mapping it names")
                && failure.getMessage().lines().count() == 1, failure.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategyFailures")
    void unusablePhysicalNamingStrategyIsAModelError(String strategy, String message) {
        ModelReaderOptions options = new ModelReaderOptions(List.of(TestEntities.recruiting()), List.of(),
                NamingMode.JPA, strategy, null);

        SchemaDiffException failure = assertThrows(SchemaDiffException.class,
                () -> new HibernateModelReader().read(options));

        assertEquals(ErrorCode.MODEL, failure.code());
        assertEquals(message, failure.getMessage());
    }

    static Stream<Arguments> strategyFailures() {
        return Stream.of(
                Arguments.of("com.acme.NoSuchStrategy", "physical naming strategy com.acme.NoSuchStrategy not found;"
                        + " add the jar that holds it with --classpath"),
                Arguments.of("java.lang.String", "physical naming strategy java.lang.String does not implement"
                        + " org.hibernate.boot.model.naming.PhysicalNamingStrategy; name a class that does"));
    }

    private Path fooNeedingBar() {
        return JavaSources.compile(dir.resolve("classes"), Map.of("com.acme.Foo", FOO, "com.acme.lib.Bar", BAR));
    }

    private static ModelReaderOptions options(Path classes) {
        return ModelReaderOptions.of(List.of(classes), NamingMode.SPRING);
    }
}
