package dev.schemadiff.api;

import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Table;
import dev.schemadiff.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a few rows into as many tables of a model as it can, so that applies run against tables that
 * hold data. NOT NULL columns get a value derived from the row number (so parents seeded first give
 * children matching foreign keys); nullable columns stay NULL. A table whose rows PostgreSQL rejects
 * (a check, a missing parent) is skipped; passes repeat until nothing more can be seeded.
 */
final class RowSeeder {
    static final int ROWS_PER_TABLE = 3;
    private static final Pattern LITERAL = Pattern.compile("'(?:[^']|'')*'");

    private RowSeeder() {
    }

    /** Seeds and returns the tables that now hold rows. */
    static Set<Table> seed(TestDatabase db, SchemaModel model) throws SQLException {
        Set<Table> seeded = new LinkedHashSet<>();
        List<Table> pending = new ArrayList<>(model.tables());
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            boolean progress = true;
            while (progress && !pending.isEmpty()) {
                progress = false;
                for (Table table : List.copyOf(pending)) {
                    statement.execute("SAVEPOINT seed");
                    try {
                        statement.execute(insertSql(table));
                        statement.execute("RELEASE SAVEPOINT seed");
                        seeded.add(table);
                        pending.remove(table);
                        progress = true;
                    } catch (SQLException rejected) {
                        statement.execute("ROLLBACK TO SAVEPOINT seed");
                    }
                }
            }
            connection.commit();
        }
        return seeded;
    }

    private static String insertSql(Table table) {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.nullable() || column.defaultValue() != null || column.identity() != Column.Identity.NONE) {
                continue;
            }
            columns.add(quote(column.name()));
            values.add(checkedValue(table, column).orElseGet(() -> valueFor(column.type())));
        }
        String target = quote(table.name().schema()) + "." + quote(table.name().name());
        String select = "SELECT " + (values.isEmpty() ? "" : String.join(", ", values))
                + " FROM generate_series(1, " + ROWS_PER_TABLE + ") AS i";
        return columns.isEmpty()
                ? "INSERT INTO " + target + " SELECT FROM generate_series(1, " + ROWS_PER_TABLE + ")"
                : "INSERT INTO " + target + " (" + String.join(", ", columns) + ") " + select;
    }

    /** A value an enum-style check on the column accepts: its first literal, or 0 for a numeric range. */
    private static Optional<String> checkedValue(Table table, Column column) {
        for (CheckConstraint check : table.checks()) {
            String expression = check.expression();
            if (!expression.contains(column.name())) {
                continue;
            }
            Matcher literal = LITERAL.matcher(expression);
            if (literal.find()) {
                return Optional.of(literal.group() + "::" + column.type());
            }
            return Optional.of("0");
        }
        return Optional.empty();
    }

    private static String valueFor(String type) {
        if (type.endsWith("[]")) {
            return "'{}'";
        }
        if (type.startsWith("character")) {
            int open = type.indexOf('(');
            String length = open < 0 ? "32" : type.substring(open + 1, type.indexOf(')'));
            return "left(i::text || md5(i::text), " + length + ")::" + type;
        }
        if (type.startsWith("timestamp") || type.equals("date")) {
            return "now()::" + type;
        }
        if (type.startsWith("time")) {
            return "localtime::" + type;
        }
        if (type.startsWith("interval")) {
            return "interval '1 hour' * i";
        }
        return switch (type) {
            case "boolean" -> "(i % 2 = 0)";
            case "uuid" -> "gen_random_uuid()";
            case "bytea" -> "decode(md5(i::text), 'hex')";
            case "json", "jsonb" -> "'{}'::" + type;
            case "text" -> "'row ' || i";
            case "oid" -> "0";
            default -> "i::" + type;
        };
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
