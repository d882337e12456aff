package dev.schemadiff.reader.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compares an expected model with the one read back from the catalog: everything exactly, except
 * the two texts PostgreSQL deparses in its own way. Check expressions are compared by constraint name
 * only, defaults after dropping {@code ::type} casts.
 */
final class SchemaAssertions {
    /** A cast as PostgreSQL deparses it: {@code ::character varying}, {@code ::numeric(10,2)}, {@code ::text[]}. */
    private static final Pattern CAST =
            Pattern.compile("::(\"[^\"]+\"|[a-z_][a-z0-9_ ]*?)(\\([0-9, ]+\\))?(\\[\\])*(?=$|[^a-z0-9_ (\\[])");

    private SchemaAssertions() {
    }

    static void assertSameSchema(SchemaModel expected, SchemaModel actual) {
        Map<QualifiedName, Table> expectedTables = comparable(expected).tablesByName();
        Map<QualifiedName, Table> actualTables = comparable(actual).tablesByName();
        assertEquals(new TreeSet<>(expectedTables.keySet()), new TreeSet<>(actualTables.keySet()), "table names");
        List<String> differences = new ArrayList<>();
        expectedTables.forEach((name, table) -> {
            if (!table.equals(actualTables.get(name))) {
                differences.add("table " + name + "\n  expected: " + table + "\n  actual:   " + actualTables.get(name));
            }
        });
        assertTrue(differences.isEmpty(), String.join("\n", differences));
        assertEquals(expected.normalized().sequences(), actual.normalized().sequences(), "sequences");
    }

    /** The default with every {@code ::type} cast and the parentheses PostgreSQL adds around it removed. */
    static String withoutCasts(String defaultValue) {
        if (defaultValue == null) {
            return null;
        }
        String stripped = CAST.matcher(defaultValue).replaceAll("");
        while (stripped.startsWith("(") && stripped.endsWith(")")) {
            stripped = stripped.substring(1, stripped.length() - 1);
        }
        return stripped;
    }

    private static SchemaModel comparable(SchemaModel model) {
        List<Table> tables = model.normalized().tables().stream()
                .map(table -> new Table(table.name(),
                        table.columns().stream().map(column -> new Column(column.name(), column.type(),
                                column.nullable(), withoutCasts(column.defaultValue()), column.identity())).toList(),
                        table.primaryKey(), table.uniqueKeys(), table.indexes(), table.foreignKeys(),
                        table.checks().stream().map(check -> new CheckConstraint(check.name(), "")).toList()))
                .toList();
        return new SchemaModel(tables, model.sequences());
    }
}
