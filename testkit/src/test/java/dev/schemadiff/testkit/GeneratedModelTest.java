package dev.schemadiff.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The generator's sources: deterministic per seed, every feature in 100 entities, and a guard on reuse. */
class GeneratedModelTest {
    private static final List<Long> SEEDS = List.of(1L, 42L, 20_240_917L);
    private static final Map<Long, String> CORPUS_BY_SEED = new LinkedHashMap<>();

    @TempDir
    static Path featureModels;

    @BeforeAll
    static void writeHundredEntityModels() {
        for (long seed : SEEDS) {
            GeneratedModel model = GeneratedModel.write(100, seed, featureModels.resolve("seed-" + seed));
            CORPUS_BY_SEED.put(seed, String.join("\n", sources(model).values()));
        }
    }

    static Stream<Arguments> features() {
        return Stream.of(
                arguments("String with a length", "@Column\\([^)]*length = \\d+[^)]*\\)\\n    private String "),
                arguments("int", "private int "),
                arguments("long", "private long "),
                arguments("short", "private short "),
                arguments("byte", "private byte "),
                arguments("double", "private double "),
                arguments("float", "private float "),
                arguments("boolean", "private boolean "),
                arguments("char", "private char "),
                arguments("Integer", "private Integer "),
                arguments("Long", "private Long (?!id;|version;)\\w+;"),
                arguments("Short", "private Short "),
                arguments("Byte", "private Byte "),
                arguments("Double", "private Double "),
                arguments("Float", "private Float "),
                arguments("Boolean", "(?<!YesNoConverter\\.class\\)\\n    )private Boolean "),
                arguments("Character", "private Character "),
                arguments("BigDecimal with precision and scale",
                        "precision = \\d+, scale = \\d+[^)]*\\)\\n    private BigDecimal "),
                arguments("BigInteger", "private BigInteger "),
                arguments("LocalDate", "private LocalDate "),
                arguments("LocalDateTime", "private LocalDateTime "),
                arguments("LocalTime", "private LocalTime "),
                arguments("Instant", "private Instant "),
                arguments("OffsetDateTime", "private OffsetDateTime "),
                arguments("Duration", "private Duration "),
                arguments("UUID column", "private UUID (?!id;)"),
                arguments("byte[]", "private byte\\[] "),
                arguments("nullable = false", "nullable = false"),
                arguments("@Column(unique = true)", "unique = true\\)\\n    private "),
                arguments("@ColumnDefault", "@ColumnDefault\\(\"[^\"]+\"\\)"),
                arguments("columnDefinition text", "columnDefinition = \"text\""),
                arguments("@Lob", "@Lob\\n    private String "),
                arguments("enum ORDINAL", "@Enumerated\\(EnumType.ORDINAL\\)\\n(.*\\n)?    private Priority "),
                arguments("enum STRING", "@Enumerated\\(EnumType.STRING\\)\\n(.*\\n)?    private Status "),
                arguments("JSON Map", "@JdbcTypeCode\\(SqlTypes.JSON\\)\\n(.*\\n)?    private Map<String, Object> "),
                arguments("JSON String", "@JdbcTypeCode\\(SqlTypes.JSON\\)\\n(.*\\n)?    private String "),
                arguments("String[] array", "private String\\[] "),
                arguments("List<String> array", "@JdbcTypeCode\\(SqlTypes.ARRAY\\)\\n(.*\\n)?    private List<String> "),
                arguments("@Convert", "@Convert\\(converter = YesNoConverter.class\\)"),
                arguments("@Version", "@Version\\n    private \\w+ version;"),
                arguments("SEQUENCE id", "GenerationType.SEQUENCE, generator = \"\\w+\"\\)\\n    @SequenceGenerator\\("),
                arguments("IDENTITY id", "GenerationType.IDENTITY\\)\\n    private Long id;"),
                arguments("UUID id", "GenerationType.UUID\\)\\n    private UUID id;"),
                arguments("@Embedded", "@Embedded\\n    private Address address;"),
                arguments("nested embeddable", "@Embeddable\\npublic class Address [^}]*@Embedded\\n    private GeoPoint "),
                arguments("@MappedSuperclass", "@MappedSuperclass\\npublic abstract class AuditedEntity "),
                arguments("generic superclass", "extends RevisionedEntity<\\w+> \\{"),
                arguments("audited entity", "extends AuditedEntity \\{"),
                arguments("SINGLE_TABLE", "InheritanceType.SINGLE_TABLE\\)\\n@DiscriminatorColumn\\("),
                arguments("discriminator value", "@DiscriminatorValue\\(\"\\w+\"\\)\\npublic class \\w+ extends "),
                arguments("JOINED", "InheritanceType.JOINED"),
                arguments("TABLE_PER_CLASS", "InheritanceType.TABLE_PER_CLASS"),
                arguments("@ManyToOne", "@ManyToOne\\("),
                arguments("@OneToOne", "@OneToOne\\(fetch = FetchType.LAZY\\)\\n    @JoinColumn\\("),
                arguments("@OneToMany with @JoinColumn", "@OneToMany\\n    @JoinColumn\\(name = \"\\w+\"\\)"),
                arguments("@ManyToMany join table", "@ManyToMany\\n    @JoinTable\\("),
                arguments("@ElementCollection with @OrderColumn",
                        "@ElementCollection\\n    @CollectionTable\\([^\\n]*\\n    @OrderColumn\\("),
                arguments("Map with @MapKeyColumn", "@MapKeyColumn\\([^\\n]*\\n[^\\n]*\\n    private Map<String, String> "),
                arguments("@Table indexes and unique constraints",
                        "indexes = \\{\\n\\s+@Index\\([^\\n]*\\n\\s+@Index\\([^\\n]*\\n\\s+uniqueConstraints = @UniqueConstraint\\("),
                arguments("billing schema", "@Table\\([^)]*schema = \"billing\""),
                arguments("reserved word table", "@Table\\(name = \"\\\\\"order\\\\\"\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("features")
    void everyFeatureAppearsInAHundredEntitiesWhateverTheSeed(String feature, String regex) {
        Pattern pattern = Pattern.compile(regex);
        CORPUS_BY_SEED.forEach((seed, corpus) ->
                assertTrue(pattern.matcher(corpus).find(), feature + " missing with seed " + seed));
    }

    @Test
    void sequencesUseSeveralAllocationSizes() {
        for (var corpus : CORPUS_BY_SEED.entrySet()) {
            Matcher sizes = Pattern.compile("allocationSize = (\\d+)").matcher(corpus.getValue());
            Set<String> distinct = sizes.results().map(size -> size.group(1)).collect(Collectors.toSet());
            assertTrue(distinct.size() >= 3, "allocation sizes with seed " + corpus.getKey() + ": " + distinct);
        }
    }

    @Test
    void sameSeedWritesTheSameModelAndAnotherSeedAnother(@TempDir Path dir) {
        GeneratedModel first = GeneratedModel.write(60, 7, dir.resolve("first"));
        GeneratedModel again = GeneratedModel.write(60, 7, dir.resolve("again"));
        GeneratedModel other = GeneratedModel.write(60, 8, dir.resolve("other"));

        assertEquals(sources(first), sources(again));
        assertEquals(first.entityClassNames(), again.entityClassNames());
        assertNotEquals(sources(first), sources(other));
        assertEquals(60, first.entityClassNames().size());
        assertEquals(60, other.entityClassNames().size());
    }

    @Test
    void refusesADirectoryThatAlreadyHoldsSources(@TempDir Path dir) {
        GeneratedModel.write(3, 1, dir);
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> GeneratedModel.write(3, 1, dir));
        assertTrue(refused.getMessage().contains("pass an empty directory"), refused.getMessage());
    }

    /** A benchmark for the generator itself; runs with {@code -Dschemadiff.bench=true}. */
    @Test
    @EnabledIfSystemProperty(named = "schemadiff.bench", matches = "true")
    void printsHowLongThreeThousandEntitiesTakeToWriteAndCompile(@TempDir Path dir) throws IOException {
        long start = System.nanoTime();
        GeneratedModel written = GeneratedModel.write(3000, 3, dir);
        long writtenAt = System.nanoTime();
        GeneratedModel compiled = written.compile();
        long compiledAt = System.nanoTime();
        System.out.printf("GeneratedModel N = 3000: write %d ms, compile %d ms%n",
                (writtenAt - start) / 1_000_000, (compiledAt - writtenAt) / 1_000_000);

        try (Stream<Path> classes = Files.walk(compiled.classesDir())) {
            long classFiles = classes.filter(path -> path.toString().endsWith(".class")).count();
            assertTrue(classFiles >= 3000 + SupportTypes.SOURCES.size(), classFiles + " class files");
        }
    }

    /** Path relative to the source root, to file text, sorted by path. */
    private static Map<String, String> sources(GeneratedModel model) {
        try (Stream<Path> files = Files.walk(model.sourceRoot())) {
            Map<String, String> byPath = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byPath.put(model.sourceRoot().relativize(file).toString(), Files.readString(file));
            }
            return byPath;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
