package dev.schemadiff.reader.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PostgreSQL's identifier rules, checked against the server rather than against our reading of its source. */
@ExtendWith(PostgresExtension.class)
class PgIdentifiersTest {
    private static final List<String> NAMES = List.of("plain", "_under", "Mixed", "order", "user", "type", "value",
            "json_table", "1digit", "with space", "quote\"inside", "café", "dollar$", "snake_case_9");

    @Test
    void quoteIfNeededMatchesQuoteIdent(TestDatabase database) {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (String name : NAMES) {
            expected.add(database.queryValue("SELECT quote_ident('" + name.replace("'", "''") + "')"));
            actual.add(PgIdentifiers.quoteIfNeeded(name));
        }

        assertEquals(expected, actual);
    }

    @Test
    void quotedKeywordsAreTheServersNonUnreservedKeywords(TestDatabase database) {
        Assumptions.assumeTrue(database.queryValue("SHOW server_version_num").startsWith("17"),
                "the keyword list is PostgreSQL 17's");
        Set<String> serverKeywords = new TreeSet<>();
        database.query("SELECT word FROM pg_get_keywords() WHERE catcode <> 'U'")
                .forEach(row -> serverKeywords.add(row.get(0)));

        Set<String> quoted = new TreeSet<>();
        serverKeywords.forEach(word -> quoted.add(PgIdentifiers.quoteIfNeeded(word).replace("\"", "")));
        // every keyword the server quotes comes back quoted
        assertEquals(serverKeywords, quoted);
        serverKeywords.forEach(word -> assertEquals('"' + word + '"', PgIdentifiers.quoteIfNeeded(word)));
    }

    /**
     * Creates a table with a primary key, a unique column and an unnamed check under {@code tableName},
     * and compares the names PostgreSQL chose with the predicted ones: the truncation to 63 bytes
     * never splits a multibyte character, and the longer of table and column name is cut first.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "short",
            "exactly_sixty_three_bytes_long_table_name_for_the_truncation_te",
            "a_table_name_that_is_far_longer_than_the_sixty_three_bytes_postgresql_keeps",
            "größe_ääääääääääääääääääääääääääääää"})
    void constraintNamesMatchThoseThePostgresqlServerChooses(String tableName, TestDatabase database) {
        String column = "a_rather_long_column_name_that_takes_up_much_of_the_name_budget";
        database.execute("CREATE TABLE \"" + tableName + "\" (id integer PRIMARY KEY, \"" + column
                + "\" integer UNIQUE CHECK (\"" + column + "\" > 0))");
        String table = PgIdentifiers.truncate(tableName);
        String storedColumn = PgIdentifiers.truncate(column);

        PgNamespaceNames names = new PgNamespaceNames();
        names.takeRelation(table);
        List<String> predicted = new ArrayList<>(List.of(
                names.chooseCheckName(table, storedColumn, List.of()),
                names.chooseIndexConstraintName(table, null, "pkey"),
                names.chooseIndexConstraintName(table, storedColumn, "key")));

        List<String> chosen = new ArrayList<>();
        database.query("SELECT conname FROM pg_constraint WHERE conrelid = '\"" + table.replace("\"", "\"\"")
                + "\"'::regclass ORDER BY conname COLLATE \"C\"").forEach(row -> chosen.add(row.get(0)));
        predicted.sort(String::compareTo);
        assertEquals(predicted, chosen);
    }

    @Test
    void collidingShortenedNamesAreNumberedLikeThePostgresqlServerDoes(TestDatabase database) {
        String first = "a_table_name_long_enough_that_its_pkey_name_must_be_shortened_1";
        String second = "a_table_name_long_enough_that_its_pkey_name_must_be_shortened_2";
        database.execute("CREATE TABLE " + first + " (id integer PRIMARY KEY); CREATE TABLE " + second
                + " (id integer PRIMARY KEY)");
        PgNamespaceNames names = new PgNamespaceNames();
        names.takeRelation(first);
        String firstKey = names.chooseIndexConstraintName(first, null, "pkey");
        names.takeRelation(second);
        String secondKey = names.chooseIndexConstraintName(second, null, "pkey");

        assertEquals(List.of(List.of(first, firstKey), List.of(second, secondKey)), database.query(
                "SELECT conrelid::regclass::text, conname FROM pg_constraint"
                        + " WHERE contype = 'p' AND connamespace = 'public'::regnamespace ORDER BY 1"));
    }
}
