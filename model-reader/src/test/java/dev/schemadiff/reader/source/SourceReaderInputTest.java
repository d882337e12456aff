package dev.schemadiff.reader.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the source reader does with input it cannot read fully: fail with the place, or warn and go on. */
class SourceReaderInputTest {
    private static final String THING = """
            package com.acme;

            import jakarta.persistence.*;

            @Entity
            public class Thing {
                @Id
                private Long id;
            %s
            }
            """;

    @TempDir
    Path dir;

    private Path write(Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ExpectedSchema read(Path root, boolean skipUnparsable) {
        return new SourceModelReader().read(new SourceReaderOptions(List.of(root), List.of(), NamingMode.SPRING, null,
                null, skipUnparsable));
    }

    private static Table thing(ExpectedSchema schema) {
        return schema.model().table(QualifiedName.of("public", "thing")).orElseThrow();
    }

    @Test
    void aFileThatDoesNotParseFailsTheReadNamingItsPlace() {
        Path root = write(Map.of("com/acme/Thing.java", THING.formatted("    private String name"),
                "com/acme/Other.java", "package com.acme;\n@jakarta.persistence.Entity public class Other { @jakarta.persistence.Id Long id; }"));

        SchemaDiffException failure = assertThrows(SchemaDiffException.class, () -> read(root, false));

        assertEquals(ErrorCode.MODEL, failure.code());
        String file = root.resolve("com/acme/Thing.java").toString();
        assertTrue(failure.getMessage().matches("\\Q" + file + "\\E:9:20: Parse error\\. .+; fix the file, or pass --skip-unparsable"
                + " to read the other files without it"), failure.getMessage());
        assertEquals(1, failure.getMessage().lines().count());
    }

    @Test
    void skipUnparsableReadsTheOtherFilesAndWarns() {
        Path root = write(Map.of("com/acme/Thing.java", THING.formatted("    private String name"),
                "com/acme/Other.java", "package com.acme;\n@jakarta.persistence.Entity public class Other { @jakarta.persistence.Id Long id; }"));

        ExpectedSchema schema = read(root, true);

        assertTrue(schema.model().table(QualifiedName.of("public", "other")).isPresent());
        assertEquals(1, schema.warnings().size(), schema.warnings()::toString);
        assertTrue(schema.warnings().get(0).startsWith(root.resolve("com/acme/Thing.java") + ":9:20: Parse error. Found \"}\", expected \"(\""),
                schema.warnings()::toString);
        assertTrue(schema.warnings().get(0).endsWith("; skipped (--skip-unparsable): the schema lacks whatever it declares"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unresolved attribute type | private com.vendor.Money price; \
            | 10 | Thing.price is left out of the expected schema: its type com.vendor.Money cannot be resolved from the \
            sources; give it @JdbcTypeCode, @Convert or @Transient, or add the jar that declares its type with --classpath
            unresolved embeddable | @Embedded private com.vendor.Address address; \
            | 10 | the embeddable type com.vendor.Address of Thing.address cannot be resolved; its columns are left out \
            of the expected schema (add the jar that declares it with --classpath)
            unresolved enum | @Enumerated(EnumType.STRING) private com.vendor.Level level; \
            | 10 | the enum com.vendor.Level of Thing.level cannot be resolved; its column is expected without the check \
            constraint listing its values
            association to a non-entity | @ManyToOne private com.vendor.Owner owner; \
            | 10 | Thing.owner refers to com.vendor.Owner, which is not an entity of the sources; its join column is \
            left out of the expected schema
            an annotation the reader does not read | @org.hibernate.annotations.SoftDelete private boolean gone; \
            | 10 | @SoftDelete on Thing.gone is not read from sources; the expected schema may differ from Hibernate's \
            there (compile and use --classes to compare)
            Byte[] | private Byte[] bytes; \
            | 10 | Thing.bytes is left out of the expected schema: Hibernate 6.2 and later reject Byte[] and \
            Character[] attributes unless hibernate.type.wrapper_array_handling says otherwise; give it \
            @JdbcTypeCode, @Convert or @Transient, or add the jar that declares its type with --classpath
            a constant computed at run time | @Column(length = Integer.parseInt("9")) private String code; \
            | 10 | cannot evaluate Integer.parseInt("9") (length) from the sources; the attribute's default applies \
            (a constant of a --classpath class is not read, as reading it would run the class's code)
            """)
    void whatCannotBeResolvedIsLeftOutWithAWarningNamingTheLine(String name, String member, int line, String warning) {
        Path root = write(Map.of("com/acme/Thing.java", THING.formatted("\n    " + member)));

        ExpectedSchema schema = read(root, false);

        assertEquals(List.of(root.resolve("com/acme/Thing.java") + ":" + line + ": " + warning), schema.warnings());
        assertEquals(List.of("id"), thing(schema).columns().stream().map(Column::name)
                .filter(column -> !List.of("level", "gone", "code").contains(column)).toList());
    }

    @Test
    void unrelatedFilesAreNotParsedEvenWhenBroken() {
        StringBuilder many = new StringBuilder();
        Map<String, String> files = new java.util.HashMap<>();
        files.put("com/acme/Thing.java", THING.formatted("    private Status status;"));
        files.put("com/acme/Status.java", "package com.acme;\npublic enum Status { OPEN, SHUT }");
        for (int i = 0; i < 2_000; i++) {
            files.put("com/acme/web/Controller" + i + ".java", "package com.acme.web;\n"
                    + "public class Controller" + i + " { ResponseEntity<String> get() { return null; } }");
        }
        files.put("com/acme/web/Broken.java", "package com.acme.web;\npublic class Broken {");
        many.append(files.size());

        ExpectedSchema schema = read(write(files), false);

        assertEquals(List.of(), schema.warnings());
        assertEquals("(status between 0 and 1)", thing(schema).checks().get(0).expression(), many::toString);
    }

    @Test
    void aNeededFileThatDoesNotParseFailsTheRead() {
        Path root = write(Map.of("com/acme/Thing.java", THING.formatted("    private Status status;"),
                "com/acme/Status.java", "package com.acme;\npublic enum Status { OPEN, SHUT"));

        SchemaDiffException failure = assertThrows(SchemaDiffException.class, () -> read(root, false));

        assertTrue(failure.getMessage().startsWith(root.resolve("com/acme/Status.java") + ":2:"), failure.getMessage());
    }

    @Test
    void javaxEntitiesAreReportedAndNoEntityFailsTheRead() {
        Path root = write(Map.of("com/acme/Old.java", """
                package com.acme;

                @javax.persistence.Entity
                public class Old {
                }
                """));

        SchemaDiffException failure = assertThrows(SchemaDiffException.class, () -> read(root, false));

        assertEquals(ErrorCode.MODEL, failure.code());
        assertTrue(failure.getMessage().startsWith("no @Entity classes (jakarta.persistence) found in 1 .java files"),
                failure.getMessage());
    }

    @Test
    void aMissingSourceRootIsAUsageError() {
        SchemaDiffException failure = assertThrows(SchemaDiffException.class, () -> read(dir.resolve("nowhere"), false));

        assertEquals(ErrorCode.USAGE, failure.code());
        assertTrue(failure.getMessage().endsWith("does not exist or is not a directory; pass the root of the sources,"
                + " such as src/main/java"), failure.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            @Entity                                      | true
            @jakarta.persistence.Entity                  | true
            @ Embeddable                                 | true
            @MappedSuperclass(x)                         | true
            @Converter(autoApply = true)                 | true
            @EntityListeners                             | false
            ResponseEntity<String> e; // Entity          | false
            @Entityish                                   | false
            @org.hibernate.annotations.Converter         | true
            """)
    void candidateFilesAreThoseThatMayDeclareAManagedClass(String text, boolean candidate) {
        assertEquals(candidate, SourceFiles.mayDeclareManagedClass(text));
    }
}
