package dev.schemadiff.emit;

import dev.schemadiff.schema.Table;
import dev.schemadiff.schema.change.CreateTable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CREATE TABLE} with columns, primary key, unique keys and checks inline. The table's indexes and
 * foreign keys are not read here: they arrive as their own changes (see {@link CreateTable}).
 */
final class TableEmitter {
    private static final String INDENT = "    ";

    private TableEmitter() {
    }

    static List<PlannedStatement> emit(CreateTable change) {
        Table table = change.table();
        List<String> elements = new ArrayList<>();
        table.columns().forEach(column -> elements.add(ColumnEmitter.definition(column)));
        table.primaryKeyIfAny().ifPresent(key -> elements.add(KeyEmitter.primaryKeyClause(key)));
        table.uniqueKeys().forEach(key -> elements.add(KeyEmitter.uniqueClause(key)));
        table.checks().forEach(check -> elements.add(CheckEmitter.clause(check)));
        String sql = "CREATE TABLE IF NOT EXISTS " + Identifiers.qualified(table.name()) + " (\n" + INDENT
                + String.join(",\n" + INDENT, elements) + "\n)";
        return List.of(Statements.plain(sql, change, Phase.TABLES));
    }
}
