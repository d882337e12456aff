package dev.schemadiff.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Entities that cannot become a schema: broken class files, mappings Hibernate refuses, a table wider
 * than PostgreSQL allows. Each is one clear line, exit 1, nothing written, for plan and apply alike.
 * Circular foreign keys are no error: they are applied (foreign keys come after all tables).
 */
@ExtendWith(PostgresExtension.class)
class HostileEntitiesTest {
    private static final String PACKAGE = "hostile.entities";
    /** Wider than PostgreSQL's 1,600 columns; the long form uses the 10,000 (Hibernate needs ~20 s for it). */
    private static final int WIDE_COLUMNS = Trials.count(1_601, 10_000);

    @TempDir
    Path home;

    static Stream<Arguments> entities() {
        return Stream.of(
                Arguments.of("class file with a broken header", Map.of("Valid", "@Id Long id;"),
                        corrupt(bytes -> {
                            Arrays.fill(bytes, 0, 4, (byte) 0);
                            return bytes;
                        }),
                        "schemadiff: error: cannot load entity class hostile.entities.Valid: java.lang.ClassFormatError:"),
                Arguments.of("truncated class file", Map.of("Valid", "@Id Long id;"),
                        corrupt(bytes -> Arrays.copyOf(bytes, bytes.length * 4 / 5)),
                        "schemadiff: error: cannot load entity class hostile.entities.Valid: java.lang.ClassFormatError:"),
                Arguments.of("class file for a newer Java", Map.of("Valid", "@Id Long id;"),
                        corrupt(bytes -> {
                            bytes[7] = 99;
                            return bytes;
                        }),
                        "schemadiff: error: cannot load entity class hostile.entities.Valid: it was compiled for a newer"
                                + " Java than this one"),
                Arguments.of("class file of garbage", Map.of("Valid", "@Id Long id;"),
                        corrupt(bytes -> {
                            Arrays.fill(bytes, (byte) 0x2a);
                            return bytes;
                        }),
                        "schemadiff: error: no @Entity classes (jakarta.persistence) found in "),
                Arguments.of("two fields on one column", Map.of("Twice",
                                "@Id Long id; @Column(name = \"v\") String a; @Column(name = \"v\") String b;"), none(),
                        "schemadiff: error: Hibernate cannot map the entities: Column 'v' is duplicated in mapping for"
                                + " entity 'hostile.entities.Twice' (use '@Column(insertable=false, updatable=false)'"
                                + " when mapping multiple properties to the same column); fix the mapping it names"),
                Arguments.of("foreign key to an unmapped class", Map.of("Owner", "@Id Long id; @ManyToOne Plain plain;"),
                        plainClass(), "schemadiff: error: Hibernate cannot map the entities: Association"
                                + " 'hostile.entities.Owner.plain' targets the type 'hostile.entities.Plain' which is not an"
                                + " '@Entity' type; fix the mapping it names"),
                Arguments.of("type Hibernate does not know", Map.of("Odd", "@Id Long id; Thread worker;"), none(),
                        "schemadiff: error: Hibernate cannot map the entities: Could not determine recommended JdbcType"
                                + " for Java type 'java.lang.Thread'; fix the mapping it names"),
                Arguments.of(WIDE_COLUMNS + "-column entity", Map.of("Wide", "@Id Long id; " + IntStream.range(0,
                                WIDE_COLUMNS).mapToObj(i -> "String c" + i + ";").collect(Collectors.joining(" "))),
                        none(), "schemadiff: error: table public.wide would have " + (WIDE_COLUMNS + 1) + " columns, and"
                                + " PostgreSQL allows at most 1600; split the entity, or move fields to another table"
                                + " (@SecondaryTable, @ElementCollection)"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("entities")
    void entitiesThatCannotBecomeASchemaAreOneLine(String name, Map<String, String> bodies, Consumer<Path> damage,
                                                    String error, TestDatabase db) {
        Path classes = compile(bodies);
        damage.accept(classes);
        DatabaseState before = DatabaseState.take(db, List.of("public"));
        for (String command : List.of("plan", "apply")) {
            InProcessCli run = InProcessCli.run(home, command, "--db", db.jdbcUrl(), "--classes", classes.toString());
            boolean passed = run.exitCode() == 1 && run.lastErrLine().startsWith(error)
                    && before.equals(DatabaseState.take(db, List.of("public")));
            Trials.record("entities that cannot be a schema", passed, "refused", false);
            assertEquals(1, run.exitCode(), run::toString);
            assertEquals(error, run.lastErrLine().substring(0, Math.min(error.length(), run.lastErrLine().length())),
                    run::toString);
            assertFalse(run.err().contains("\tat "), run::toString);
        }
        assertEquals(before, DatabaseState.take(db, List.of("public")), "nothing written");
    }

    @Test
    void circularForeignKeysAreApplied(TestDatabase db) {
        Path classes = compile(Map.of("Chicken", "@Id Long id; @ManyToOne Egg egg;",
                "Egg", "@Id Long id; @ManyToOne Chicken chicken;"));
        InProcessCli apply = InProcessCli.run(home, "apply", "--db", db.jdbcUrl(), "--classes", classes.toString());
        InProcessCli again = InProcessCli.run(home, "plan", "--db", db.jdbcUrl(), "--classes", classes.toString(),
                "--detailed-exitcode");
        Trials.record("circular foreign keys", apply.exitCode() == 0 && again.exitCode() == 0, "applied", false);
        assertEquals(0, apply.exitCode(), apply::toString);
        assertEquals(0, again.exitCode(), again::toString);
        assertEquals("2", db.queryValue("SELECT count(*) FROM pg_constraint WHERE contype = 'f'"));
    }

    private Path compile(Map<String, String> bodies) {
        Map<String, String> sources = bodies.entrySet().stream().collect(Collectors.toMap(
                body -> PACKAGE + "." + body.getKey(),
                body -> "package " + PACKAGE + ";\n\nimport jakarta.persistence.*;\n\n@Entity\npublic class "
                        + body.getKey() + " {\n    " + body.getValue() + "\n}\n"));
        if (bodies.containsKey("Owner")) {
            sources.put(PACKAGE + ".Plain", "package " + PACKAGE + ";\n\npublic class Plain {\n    Long id;\n}\n");
        }
        return EntitySources.compile(home, sources);
    }

    private static Consumer<Path> none() {
        return classes -> { };
    }

    /** Nothing to damage: the unmapped class comes with the sources ({@link #compile}). */
    private static Consumer<Path> plainClass() {
        return none();
    }

    /** Replaces {@code Valid.class} by a damaged copy of itself. */
    private static Consumer<Path> corrupt(UnaryOperator<byte[]> damage) {
        return classes -> {
            Path file = classes.resolve(PACKAGE.replace('.', '/')).resolve("Valid.class");
            try {
                Files.write(file, damage.apply(Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
