package dev.schemadiff.reader.hibernate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles small Java sources into a class directory that only a reader's own class loader sees. */
final class JavaSources {
    private JavaSources() {
    }

    /**
     * Compiles {@code sources} (fully qualified class name to source text) against this JVM's class path
     * into {@code classes}, and returns {@code classes}.
     */
    static Path compile(Path classes, Map<String, String> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files =
                     compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            Path sourceRoot = Files.createTempDirectory(classes.getParent(), "src");
            List<Path> paths = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = sourceRoot.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                paths.add(Files.writeString(file, source.getValue()));
            }
            Files.createDirectories(classes);
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString(), "-proc:none", "--release", "17");
            boolean compiled = compiler.getTask(output, files, null, options, null,
                    files.getJavaFileObjectsFromPaths(paths)).call();
            if (!compiled) {
                throw new IllegalStateException("test sources do not compile:\n" + output);
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
