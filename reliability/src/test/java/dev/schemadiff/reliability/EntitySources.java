package dev.schemadiff.reliability;

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

/** Entity classes written as source text and compiled with javax.tools, for models made up per test. */
final class EntitySources {
    private EntitySources() {
    }

    /**
     * Compiles {@code sources} (fully qualified class name to source text) against this JVM's class path
     * into {@code dir/classes}, and returns that directory.
     */
    static Path compile(Path dir, Map<String, String> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            Path sourceRoot = dir.resolve("src");
            Path classes = Files.createDirectories(dir.resolve("classes"));
            List<Path> paths = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = sourceRoot.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                paths.add(Files.writeString(file, source.getValue()));
            }
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
                    "-proc:none", "--release", "17", "-encoding", "UTF-8");
            if (!compiler.getTask(output, files, null, options, null, files.getJavaFileObjectsFromPaths(paths)).call()) {
                throw new IllegalStateException("entity sources do not compile:\n" + output);
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code name} as the text of a Java string literal, quotes included. */
    static String literal(String name) {
        StringBuilder literal = new StringBuilder("\"");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\t' -> literal.append("\\t");
                case '\n' -> literal.append("\\n");
                default -> literal.append(c);
            }
        }
        return literal.append('"').toString();
    }

    /**
     * An entity {@code pkg.className} on table {@code table} with an {@code id} key and one text column per
     * entry of {@code columns}; names are quoted for Hibernate ({@code "\"name\""}), so kept exactly.
     */
    static String entity(String pkg, String className, String table, List<String> columns) {
        StringBuilder source = new StringBuilder("package " + pkg + ";\n\nimport jakarta.persistence.*;\n\n@Entity\n"
                + "@Table(name = " + literal("\"" + table + "\"") + ")\npublic class " + className + " {\n"
                + "    @Id\n    private Long id;\n");
        for (int i = 0; i < columns.size(); i++) {
            source.append("\n    @Column(name = ").append(literal("\"" + columns.get(i) + "\""))
                    .append(")\n    private String c").append(i).append(";\n");
        }
        return source.append("}\n").toString();
    }
}
