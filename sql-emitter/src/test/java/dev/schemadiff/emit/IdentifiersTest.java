package dev.schemadiff.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifiersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "orders            | orders",
            "_tmp$1            | _tmp$1",
            "name              | name",
            "user              | \"user\"",
            "order             | \"order\"",
            "select            | \"select\"",
            "Order             | \"Order\"",
            "x\"y              | \"x\"\"y\"",
            "1st               | \"1st\"",
            "$x                | \"$x\"",
            "my table          | \"my table\"",
            "größe             | \"größe\""})
    void quotesOnlyWhenNeeded(String name, String quoted) {
        assertEquals(quoted, Identifiers.quote(name));
    }

    @Test
    void qualifiesWithTheSchemaAlways() {
        assertEquals("public.orders", Identifiers.qualified(QualifiedName.of("public", "orders")));
        assertEquals("\"Sales\".\"user\"", Identifiers.qualified(QualifiedName.of("Sales", "user")));
    }

    /**
     * The server is the authority on keywords and quoting. The list is PostgreSQL 17's: an older server
     * knows fewer keywords (quoting those is harmless), a newer one may know more (then the list needs them).
     */
    @Test
    @ExtendWith(PostgresExtension.class)
    void agreesWithTheServer(TestDatabase database) {
        Set<String> serverKeywords = database.query("SELECT word FROM pg_get_keywords() WHERE catcode <> 'U'")
                .stream().map(row -> row.get(0)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(serverKeywords);
        missing.removeAll(Identifiers.KEYWORDS);
        assertEquals(Set.of(), missing, "keywords the server needs quoted");
        Set<String> extra = new TreeSet<>(Identifiers.KEYWORDS);
        extra.removeAll(serverKeywords);
        if (database.queryValue("SHOW server_version_num").startsWith("17")) {
            assertEquals(Set.of(), extra, "keywords PostgreSQL 17 does not have");
        }

        String samples = Stream.of("Order", "x\"y", "a$b", "_x", "1abc", "größe", "with space", "UPPER", "it's")
                .map(name -> "('" + name.replace("'", "''") + "')").collect(Collectors.joining(", "));
        List<List<String>> rows = database.query("SELECT word, quote_ident(word) FROM pg_get_keywords() "
                + "UNION ALL SELECT name, quote_ident(name) FROM (VALUES " + samples + ") AS sample(name)");
        for (List<String> row : rows) {
            if (!extra.contains(row.get(0))) {
                // quote_ident quotes a '$' the lexer accepts in a name; we leave it plain
                String serverQuoted = row.get(1).equals("\"a$b\"") ? "a$b" : row.get(1);
                assertEquals(serverQuoted, Identifiers.quote(row.get(0)), row.get(0));
            }
        }
        database.execute("CREATE TABLE a$b (x int); SELECT x FROM public.a$b");
    }
}
