package dev.schemadiff.reader.source;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** The source trees the parity tests read, and their compilation with javax.tools for the Hibernate reader. */
final class Corpora {
    /** The module directory: surefire runs the tests there. */
    private static final Path MODULE = Path.of(System.getProperty("user.dir"));
    static final Path RECRUITING = MODULE.resolveSibling("samples/recruiting/src/main/java");
    static final Path HIBERNATE_CORPUS = MODULE.resolve("src/test/java/dev/schemadiff/reader/hibernate/corpus");
    static final Path SOURCE_CORPUS = MODULE.resolve("src/test/resources/source-corpus");
    /** Stand-ins for Lombok's annotations: compiled with the source corpus, never read by the source reader. */
    /** Reserved words and mixed-case names, for {@code hibernate.globally_quoted_identifiers}. */
    static final Path QUOTED_CORPUS = MODULE.resolve("src/test/java/dev/schemadiff/reader/hibernate/quoted");
    static final Path LOMBOK_STUBS = MODULE.resolve("src/test/resources/source-corpus-stubs");

    private Corpora() {
    }

    /**
     * Compiles every {@code .java} file under {@code roots} against this JVM's class path into
     * {@code classes}, and returns {@code classes}.
     */
    static Path compile(Path classes, Path... roots) {
        return compile(classes, List.of(), roots);
    }

    /** Like {@link #compile(Path, Path...)} with {@code classpath} added to this JVM's class path. */
    static Path compile(Path classes, List<Path> classpath, Path... roots) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<Path> sources = new ArrayList<>();
            for (Path root : roots) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(path -> path.toString().endsWith(".java")).forEach(sources::add);
                }
            }
            Files.createDirectories(classes);
            StringBuilder path = new StringBuilder(System.getProperty("java.class.path"));
            classpath.forEach(entry -> path.append(java.io.File.pathSeparator).append(entry));
            List<String> options = List.of("-classpath", path.toString(), "-d", classes.toString(),
                    "-proc:none", "--release", "17", "-encoding", "UTF-8", "-nowarn");
            if (!compiler.getTask(output, files, null, options, null, files.getJavaFileObjectsFromPaths(sources)).call()) {
                throw new IllegalStateException("the corpus does not compile:\n" + output);
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
