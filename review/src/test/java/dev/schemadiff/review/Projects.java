package dev.schemadiff.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Small entity projects as file maps, written into folders for reviews. */
final class Projects {
    static final String SOURCES = "src/main/java";

    private static final String ITEM = """
            package app;

            import jakarta.persistence.*;

            @Entity
            public class Item {
                @Id
                @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_gen")
                @SequenceGenerator(name = "item_gen", sequenceName = "item_seq", allocationSize = 50)
                private Long id;

                private String name;

                private Integer qty;

                private Level level;

                @Enumerated(EnumType.STRING)
                @Column(length = 20)
                private Kind kind;
            }
            """;

    private static final String OWNER = """
            package app;

            import jakarta.persistence.*;

            @Entity
            public class Owner {
                @Id
                private Long id;

                private String name;
            }
            """;

    private Projects() {
    }

    /** The base project: {@code Item} (a sequence, two enums) and {@code Owner}. */
    static Map<String, String> base() {
        Map<String, String> files = new TreeMap<>();
        files.put(SOURCES + "/app/Item.java", ITEM);
        files.put(SOURCES + "/app/Owner.java", OWNER);
        files.put(SOURCES + "/app/Level.java", "package app;\n\npublic enum Level {\n    LOW,\n    HIGH\n}\n");
        files.put(SOURCES + "/app/Kind.java", "package app;\n\npublic enum Kind {\n    BOOK,\n    TOOL\n}\n");
        return files;
    }

    /** The base with {@code Item.java} edited. */
    static Map<String, String> withItem(UnaryOperator<String> edit) {
        return with("app/Item.java", edit);
    }

    /** The base with one source file (relative to the source root) edited. */
    static Map<String, String> with(String file, UnaryOperator<String> edit) {
        Map<String, String> files = base();
        files.put(SOURCES + "/" + file, edit.apply(files.get(SOURCES + "/" + file)));
        return files;
    }

    /** The base plus a new entity {@code Extra} whose body is {@code body}. */
    static Map<String, String> withNewEntity(String body) {
        Map<String, String> files = base();
        files.put(SOURCES + "/app/Extra.java", """
                package app;

                import jakarta.persistence.*;

                %s
                public class Extra {
                    @Id
                    private Long id;

                %s
                }
                """.formatted(body.lines().filter(l -> l.startsWith("@")).findFirst().orElse("@Entity"),
                body.lines().filter(l -> !l.startsWith("@")).map(l -> "    " + l).reduce("", (a, b) -> a + b + "\n")));
        return files;
    }

    static void write(Map<String, String> files, Path root) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
