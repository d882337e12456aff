package dev.schemadiff.reader.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.reader.hibernate.HibernateModelReader;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.Origin;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Table;
import dev.schemadiff.testkit.GeneratedModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance bar of the source reader: for the same code, compiled in-process and read through
 * Hibernate, the schema is equal object for object (names, types, constraints, column order), and so is
 * where each table and column comes from.
 */
class SourceParityTest {
    private static final int GENERATED_ENTITIES = 120;
    /** What every warning about a name PostgreSQL truncates says. */
    private static final String TRUNCATED = " bytes; PostgreSQL keeps the first 63: ";

    @TempDir
    static Path work;

    static Stream<Arguments> corpora() {
        List<Arguments> cases = new ArrayList<>();
        for (NamingMode naming : NamingMode.values()) {
            cases.add(Arguments.of("recruiting sample", naming, 0L, false));
            cases.add(Arguments.of("Hibernate reader corpus", naming, 0L, false));
            cases.add(Arguments.of("source reader corpus", naming, 0L, false));
            for (long seed : new long[] {20_260_101L, 7L, 1_234_567L}) {
                cases.add(Arguments.of("generated model", naming, seed, false));
            }
            // --quote-all: every corpus again, and the one of reserved words and mixed-case names
            cases.add(Arguments.of("recruiting sample", naming, 0L, true));
            cases.add(Arguments.of("Hibernate reader corpus", naming, 0L, true));
            cases.add(Arguments.of("source reader corpus", naming, 0L, true));
            cases.add(Arguments.of("generated model", naming, 20_260_101L, true));
            cases.add(Arguments.of("quoting corpus", naming, 0L, true));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} ({2}) with {1} naming, quote all: {3}")
    @MethodSource("corpora")
    void sourceReaderEqualsHibernateReader(String corpus, NamingMode naming, long seed, boolean quoteAll) {
        Path[] roots = roots(corpus, seed);
        Path classes = classes(corpus, seed, roots);

        ExpectedSchema hibernate = new HibernateModelReader().read(
                ModelReaderOptions.of(List.of(classes), naming).withQuoteAll(quoteAll));
        ExpectedSchema source = new SourceModelReader().read(
                SourceReaderOptions.of(List.of(roots[0]), naming).withQuoteAll(quoteAll));

        assertSameModel(hibernate.model(), source.model());
        assertEquals(new TreeMap<>(hibernate.provenance().tables()), new TreeMap<>(source.provenance().tables()),
                "table provenance");
        assertEquals(origins(hibernate), origins(source), "column provenance");
        assertEquals(hibernate.warnings(), source.warnings(), "both readers warn alike");
        assertEquals(List.of(), hibernate.warnings().stream().filter(warning -> !warning.contains(TRUNCATED)).toList(),
                "the corpus needs no approximation beyond names PostgreSQL truncates");
    }

    /** The source root first, then what only the compiler needs. */
    private static Path[] roots(String corpus, long seed) {
        return switch (corpus) {
            case "recruiting sample" -> new Path[] {Corpora.RECRUITING};
            case "Hibernate reader corpus" -> new Path[] {Corpora.HIBERNATE_CORPUS};
            case "source reader corpus" -> new Path[] {Corpora.SOURCE_CORPUS, Corpora.LOMBOK_STUBS};
            case "generated model" -> new Path[] {generated(seed).sourceRoot()};
            case "quoting corpus" -> new Path[] {Corpora.QUOTED_CORPUS};
            default -> throw new IllegalArgumentException(corpus);
        };
    }

    private static synchronized GeneratedModel generated(long seed) {
        Path dir = work.resolve("generated-" + seed);
        return dir.toFile().isDirectory()
                ? new GeneratedModel(dir.resolve("src"), dir.resolve("classes"), List.of())
                : GeneratedModel.write(GENERATED_ENTITIES, seed, dir).compile();
    }

    private static synchronized Path classes(String corpus, long seed, Path[] roots) {
        if (corpus.equals("generated model")) {
            return generated(seed).classesDir();
        }
        Path classes = work.resolve(corpus.replace(' ', '-') + "-classes");
        return classes.toFile().isDirectory() ? classes : Corpora.compile(classes, roots);
    }

    /** Equal models, with the tables that differ named. */
    static void assertSameModel(SchemaModel expected, SchemaModel actual) {
        Map<QualifiedName, Table> expectedTables = expected.normalized().tablesByName();
        Map<QualifiedName, Table> actualTables = actual.normalized().tablesByName();
        assertEquals(new TreeSet<>(expectedTables.keySet()), new TreeSet<>(actualTables.keySet()), "table names");
        List<String> differences = new ArrayList<>();
        expectedTables.forEach((name, table) -> {
            if (!table.equals(actualTables.get(name))) {
                differences.add("table " + name + "\n  Hibernate: " + table + "\n  source:    " + actualTables.get(name));
            }
        });
        assertTrue(differences.isEmpty(), String.join("\n", differences));
        assertEquals(expected.normalized().sequences(), actual.normalized().sequences(), "sequences");
        assertEquals(expected.normalized(), actual.normalized());
    }

    private static Map<String, Origin> origins(ExpectedSchema schema) {
        Map<String, Origin> origins = new TreeMap<>();
        for (Map.Entry<ColumnRef, Origin> entry : schema.provenance().columns().entrySet()) {
            origins.put(Objects.toString(entry.getKey()), entry.getValue());
        }
        return origins;
    }
}
