package dev.schemadiff.testkit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A generated JPA entity model, deterministic for a seed: the corpus for round-trip tests (Hibernate
 * DDL → drift → apply → compare), reader parity checks and benchmarks.
 *
 * <p>{@link #write} writes plain entity source code, one file per class in package {@code gen.model}:
 * the requested number of {@code @Entity} classes plus a few fixed support types (two enums, an
 * attribute converter, two embeddables, two mapped superclasses). Each choice is dealt from a seeded,
 * shuffled deck of its options, so any model of 100 or more entities holds every mapping feature,
 * whatever the seed: the column types of all primitives, wrappers, strings, decimals, dates and times,
 * UUIDs, bytes, enums, JSON and arrays; NOT NULL, unique and default columns; SEQUENCE, IDENTITY and
 * UUID ids; embeddables; mapped superclasses; SINGLE_TABLE, JOINED and TABLE_PER_CLASS hierarchies; all
 * four association kinds; element collections and maps; table indexes and unique constraints; a table
 * in schema {@code billing}; and the table {@code "order"}. Table and column names stay distinct under
 * JPA's as-written naming and under Spring's snake_case naming.
 *
 * <p>{@link #compile} compiles the sources in-process against this JVM's {@code java.class.path}, which
 * must hold jakarta.persistence-api and hibernate-core.
 *
 * @param sourceRoot       the source root; the files are in {@code gen/model} below it
 * @param classesDir       the compiled classes, or null before {@link #compile()}
 * @param entityClassNames the fully qualified names of the {@code @Entity} classes, in generation order
 */
public record GeneratedModel(Path sourceRoot, Path classesDir, List<String> entityClassNames) {

    public GeneratedModel {
        Objects.requireNonNull(sourceRoot, "sourceRoot");
        entityClassNames = List.copyOf(entityClassNames);
    }

    /**
     * Writes the sources of {@code entities} entities under {@code dir/src}.
     *
     * @throws IllegalArgumentException when {@code entities} is below 1 or {@code dir/src} already holds files
     * @throws UncheckedIOException     when a file cannot be written
     */
    public static GeneratedModel write(int entities, long seed, Path dir) {
        if (entities < 1) {
            throw new IllegalArgumentException("a generated model needs at least 1 entity, not " + entities);
        }
        Path sourceRoot = dir.resolve("src");
        Path packageDir = packageDir(sourceRoot);
        try {
            if (Files.isDirectory(sourceRoot) && !isEmpty(sourceRoot)) {
                // Stale files from an earlier model would be compiled along with the new ones.
                throw new IllegalArgumentException(sourceRoot + " already holds files; pass an empty directory");
            }
            Files.createDirectories(packageDir);
            for (var support : SupportTypes.SOURCES.entrySet()) {
                Files.writeString(packageDir.resolve(support.getKey() + ".java"), support.getValue());
            }
            EntityGenerator generator = new EntityGenerator(seed);
            List<String> names = new ArrayList<>(entities);
            for (JavaSource entity : generator.generate(entities)) {
                Files.writeString(packageDir.resolve(entity.className() + ".java"), entity.render(generator.comment()));
                names.add(JavaSource.PACKAGE + "." + entity.className());
            }
            return new GeneratedModel(sourceRoot, null, names);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the generated model to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Compiles every source under {@link #sourceRoot()} into the sibling directory {@code classes}.
     *
     * @return a copy with {@link #classesDir()} set
     * @throws IllegalStateException when this runtime has no compiler or the sources do not compile
     */
    public GeneratedModel compile() {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("this Java runtime (" + System.getProperty("java.home")
                    + ") has no compiler; run on a JDK");
        }
        Path classes = sourceRoot.resolveSibling("classes");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter compilerOutput = new StringWriter();
        try (StandardJavaFileManager files =
                     compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
             Stream<Path> listing = Files.list(packageDir(sourceRoot))) {
            List<Path> sources = listing.filter(path -> path.toString().endsWith(".java")).sorted().toList();
            Files.createDirectories(classes);
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString(), "-proc:none", "--release", "17", "-encoding", "UTF-8");
            boolean compiled = compiler.getTask(compilerOutput, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            if (!compiled) {
                throw new IllegalStateException(failure(diagnostics, compilerOutput));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not compile the generated model in " + sourceRoot + ": "
                    + e.getMessage(), e);
        }
        return new GeneratedModel(sourceRoot, classes, entityClassNames);
    }

    /**
     * A new class loader over {@link #classesDir()}; its parent, this class's loader, supplies JPA and
     * Hibernate. The caller closes it.
     *
     * @throws IllegalStateException before {@link #compile()}
     */
    public URLClassLoader newClassLoader() {
        if (classesDir == null) {
            throw new IllegalStateException("the generated model in " + sourceRoot + " is not compiled; call compile()");
        }
        try {
            return new URLClassLoader("generated-model", new URL[] {classesDir.toUri().toURL()},
                    GeneratedModel.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException("no URL for " + classesDir + ": " + e.getMessage(), e);
        }
    }

    private static Path packageDir(Path sourceRoot) {
        return sourceRoot.resolve(JavaSource.PACKAGE.replace('.', '/'));
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String failure(DiagnosticCollector<JavaFileObject> diagnostics, StringWriter compilerOutput) {
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR).toList();
        String first = compilerOutput.toString().strip();
        if (!errors.isEmpty()) {
            Diagnostic<? extends JavaFileObject> error = errors.get(0);
            String where = error.getSource() == null ? ""
                    : Path.of(error.getSource().toUri()).getFileName() + ":" + error.getLineNumber() + ": ";
            first = where + error.getMessage(Locale.ROOT);
        }
        return "the generated model does not compile (" + errors.size() + " errors; first: " + first.replace('\n', ' ')
                + "); jakarta.persistence-api and hibernate-core must be on java.class.path";
    }
}
