package dev.schemadiff.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Table;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names as hostile as PostgreSQL allows: reserved words, mixed case, quotes and backslashes, SQL that
 * would end the statement if it were not quoted, Unicode, names of exactly 63 bytes. Each becomes a
 * table and a column that apply creates and the catalog gives back unchanged, after which nothing is
 * left to do. Names longer than 63 bytes that PostgreSQL would cut into one are refused. A property
 * test does the same with random names.
 */
@ExtendWith(PostgresExtension.class)
class HostileIdentifiersTest {
    private static final String PACKAGE = "hostile.names";

    @TempDir
    Path home;

    /** Case name to identifier. */
    private static final Map<String, String> CORPUS = corpus();

    private static Map<String, String> corpus() {
        Map<String, String> corpus = new LinkedHashMap<>();
        corpus.put("reserved word", "order");
        corpus.put("reserved word user", "user");
        corpus.put("reserved word select", "select");
        corpus.put("mixed case", "OrderLine");
        corpus.put("double quote", "say \"hi\"");
        corpus.put("backslash", "back\\slash");
        corpus.put("trailing backslash", "trailing\\");
        corpus.put("single quote", "it's");
        corpus.put("tab", "tab\there");
        corpus.put("looks like SQL", "x\"; DROP TABLE y; --");
        corpus.put("statement separator", "users; DROP TABLE users");
        corpus.put("comment opener", "/* not a comment");
        corpus.put("format specifiers", "100% done %s %n");
        corpus.put("dollar quotes", "$$ not a body $$");
        corpus.put("leading digit and spaces", "1st quarter");
        corpus.put("Unicode Latin", "café naïve");
        corpus.put("Unicode CJK", "日本語のテーブル");
        corpus.put("Unicode outside the BMP", "📦 boxes");
        corpus.put("63 bytes", "n".repeat(63));
        corpus.put("63 bytes ending in a 2-byte character", "m".repeat(61) + "é");
        return corpus;
    }

    @Test
    void hostileNamesAreCreatedAndReadBackUnchanged(TestDatabase db) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        CORPUS.values().forEach(name -> tables.put(name, List.of(name)));
        Path classes = compile(home.resolve("corpus"), tables);

        InProcessCli apply = InProcessCli.run(home, "apply", "--db", db.jdbcUrl(), "--classes", classes.toString());
        InProcessCli again = InProcessCli.run(home, "plan", "--db", db.jdbcUrl(), "--classes", classes.toString(),
                "--detailed-exitcode");
        Map<String, Set<String>> catalog = catalog(db);

        for (Map.Entry<String, String> example : CORPUS.entrySet()) {
            String name = example.getValue();
            boolean passed = apply.exitCode() == 0 && again.exitCode() == 0
                    && Set.of("id", name).equals(catalog.get(name));
            Trials.record("hostile identifier", passed, "created, read back unchanged", false);
            assertTrue(passed, () -> example.getKey() + " [" + name + "] in " + catalog.keySet() + "\n" + apply + again);
        }
        assertEquals(CORPUS.size(), catalog.size(), catalog::toString);
    }

    @Test
    void aNameHibernateCannotBindIsOneLine(TestDatabase db) {
        // PostgreSQL accepts a table named by a lone double quote; Hibernate's binder fails on it
        Path classes = compile(home.resolve("quote"), Map.of("\"", List.of("v")));
        assertRefused(db, classes, "name Hibernate cannot bind", "schemadiff: error: Hibernate failed while binding the entities"
                + " (java.lang.StringIndexOutOfBoundsException: begin 1, end 0, length 1); look for unusual names or"
                + " mappings, and rerun with --verbose for where it failed");
    }

    @Test
    void tableNamesThatPostgresqlWouldCutToOneAreRefused(TestDatabase db) {
        String common = "t".repeat(63);
        Path classes = compile(home.resolve("long"), Map.of(common + "a", List.of("v"), common + "b", List.of("v")));
        assertRefused(db, classes, "names cut into a collision", "schemadiff: error: the entities give two tables the same name public." + common
                + " (PostgreSQL keeps the first 63 bytes of a name and folds unquoted names to lower case); rename one"
                + " table in the entities so the names differ within 63 bytes");
    }

    @Test
    void columnNamesThatPostgresqlWouldCutToOneAreRefused(TestDatabase db) {
        String common = "c".repeat(62) + "é"; // 64 bytes: PostgreSQL cuts before the 2-byte character
        Path classes = compile(home.resolve("long"), Map.of("wide", List.of(common + "1", common + "2")));
        assertRefused(db, classes, "names cut into a collision", "schemadiff: error: the entities give two columns of table public.wide the same"
                + " name " + "c".repeat(62) + " (PostgreSQL keeps the first 63 bytes of a name and folds unquoted names"
                + " to lower case); rename one column in the entities so the names differ within 63 bytes");
    }

    @Test
    void randomNamesAreCreatedAndReadBackUnchanged(TestDatabase template, TestDatabase admin) {
        int seeds = Trials.count(1, 10);
        for (int seed = 1; seed <= seeds; seed++) {
            TestDatabase db = Databases.copy(admin, template, template.name() + "_s" + seed);
            applyRandomNames(db, seed);
            Databases.drop(admin, db);
        }
    }

    private void applyRandomNames(TestDatabase db, int seed) {
        Random random = new Random(seed * 7919L);
        Map<String, List<String>> tables = new LinkedHashMap<>();
        while (tables.size() < 12) {
            Set<String> columns = new LinkedHashSet<>();
            while (columns.size() < 3) {
                String column = randomName(random);
                if (!column.equals("id")) {
                    columns.add(column);
                }
            }
            tables.putIfAbsent(randomName(random), List.copyOf(columns));
        }
        Path classes = compile(home.resolve("random" + seed), tables);

        InProcessCli apply = InProcessCli.run(home, "apply", "--db", db.jdbcUrl(), "--classes", classes.toString());
        Map<String, Set<String>> expected = new TreeMap<>();
        tables.forEach((table, columns) -> expected.put(table, with("id", columns)));
        Map<String, Set<String>> catalog = catalog(db);
        boolean passed = apply.exitCode() == 0 && expected.equals(catalog);
        Trials.record("random identifiers", passed, tables.size() + " tables read back unchanged", false);
        assertEquals(0, apply.exitCode(), () -> "seed " + seed + " " + escaped(tables) + "\n" + apply);
        assertEquals(escaped(expected), escaped(catalog), "seed " + seed);
    }

    private void assertRefused(TestDatabase db, Path classes, String scenario, String error) {
        DatabaseState before = DatabaseState.take(db, List.of("public"));
        for (String command : List.of("plan", "apply")) {
            InProcessCli run = InProcessCli.run(home, command, "--db", db.jdbcUrl(), "--classes", classes.toString());
            boolean passed = run.exitCode() == 1 && run.lastErrLine().equals(error)
                    && before.equals(DatabaseState.take(db, List.of("public")));
            Trials.record(scenario, passed, "refused", false);
            assertEquals(1, run.exitCode(), run::toString);
            assertEquals(error, run.lastErrLine(), run::toString);
        }
        assertEquals(before, DatabaseState.take(db, List.of("public")), "nothing written");
    }

    /** One entity per table, each with the given text columns. */
    private static Path compile(Path dir, Map<String, List<String>> tables) {
        Map<String, String> sources = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, List<String>> table : tables.entrySet()) {
            String className = "E" + i++;
            sources.put(PACKAGE + "." + className, EntitySources.entity(PACKAGE, className, table.getKey(),
                    table.getValue()));
        }
        return EntitySources.compile(dir, sources);
    }

    /** Table name to its column names, as the catalog has them. */
    private static Map<String, Set<String>> catalog(TestDatabase db) {
        SchemaModel model = DatabaseState.take(db, List.of("public")).catalog();
        Map<String, Set<String>> tables = new TreeMap<>();
        for (Table table : model.tables()) {
            tables.put(table.name().name(), table.columns().stream().map(Column::name).collect(Collectors.toCollection(TreeSet::new)));
        }
        return tables;
    }

    /**
     * 1 to 20 characters from an alphabet of letters in both cases, digits, Unicode (one outside the
     * BMP) and every character SQL gives a meaning to, at most 63 bytes of UTF-8.
     */
    private static String randomName(Random random) {
        int[] alphabet = "aZ09 _\"';\\-$%.(),*/=é ßЖ日本📦".codePoints().toArray();
        while (true) {
            StringBuilder name = new StringBuilder();
            int length = 1 + random.nextInt(20);
            for (int i = 0; i < length; i++) {
                name.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            if (name.toString().getBytes(StandardCharsets.UTF_8).length <= 63) {
                return name.toString();
            }
        }
    }

    private static Set<String> with(String first, List<String> rest) {
        Set<String> all = new TreeSet<>(rest);
        all.add(first);
        return all;
    }

    /** Names with code points spelled out, so a failure message shows invisible differences. */
    private static String escaped(Map<String, ?> tables) {
        return tables.toString().codePoints().mapToObj(c -> c < 0x20 || c > 0x7e ? String.format("\\u{%x}", c)
                : Character.toString(c)).collect(Collectors.joining());
    }
}
