package dev.schemadiff.diff;

import static dev.schemadiff.diff.Models.actual;
import static dev.schemadiff.diff.Models.expected;
import static dev.schemadiff.diff.Models.name;
import static dev.schemadiff.diff.Models.primitive;
import static dev.schemadiff.diff.Models.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link SchemaDiffer#tablesNeedingRowCheck}: which existing tables the caller must check for rows. */
class RowCheckTest {

    record Case(String name, ExpectedSchema expected, SchemaModel actual, DiffOptions options,
                List<QualifiedName> tables) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        var orders = table("orders").notNull("id", "bigint");
        var emptyDefaults = DiffOptions.defaults();
        return Stream.of(
                new Case("NOT NULL column without a value: check the table",
                        expected(table("orders").notNull("id", "bigint").notNull("code", "text")),
                        actual(orders), emptyDefaults, List.of(name("orders"))),
                new Case("a primitive or a --fill value still needs rows checked: an empty table gets it as modelled",
                        expected(table("orders").notNull("id", "bigint").notNull("qty", "int")
                                        .from(primitive("Order", "qty")),
                                table("lines").notNull("id", "bigint").notNull("note", "text")),
                        actual(orders, table("lines").notNull("id", "bigint")),
                        emptyDefaults.withFills(Map.of(new ColumnRef(name("lines"), "note"), "''")),
                        List.of(name("lines"), name("orders"))),
                new Case("nullable, defaulted or identity columns need no check",
                        expected(table("orders").notNull("id", "bigint").column("note", "text")
                                .column(Column.of("state", "text", false).withDefault("'NEW'"))
                                .column(new Column("seq", "bigint", false, null, Column.Identity.ALWAYS))),
                        actual(orders), emptyDefaults, List.of()),
                new Case("tables already known to be empty, and new tables, need no check",
                        expected(table("orders").notNull("id", "bigint").notNull("code", "text"),
                                table("fresh").notNull("id", "bigint")),
                        actual(orders), emptyDefaults.withEmptyTables(Set.of(name("orders"))), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTablesWhoseRowsMatter(Case c) {
        assertEquals(c.tables(), List.copyOf(new SchemaDiffer().tablesNeedingRowCheck(c.expected(), c.actual(), c.options())));
    }
}
