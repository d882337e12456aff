package dev.schemadiff.diff;

import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.Table;
import dev.schemadiff.schema.UniqueKey;
import dev.schemadiff.schema.change.AddCheck;
import dev.schemadiff.schema.change.AddColumn;
import dev.schemadiff.schema.change.AddForeignKey;
import dev.schemadiff.schema.change.AddPrimaryKey;
import dev.schemadiff.schema.change.AddUniqueKey;
import dev.schemadiff.schema.change.CreateIndex;
import dev.schemadiff.schema.change.CreateSequence;
import dev.schemadiff.schema.change.CreateTable;
import dev.schemadiff.schema.change.SchemaChange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's identifier limit. A longer name is truncated silently to {@code NAMEDATALEN - 1} bytes,
 * so two long names can collide and the next diff would never find the object under its full name.
 */
final class IdentifierLimits {
    static final int MAX_BYTES = 63;

    private IdentifierLimits() {
    }

    /**
     * A name a change would create.
     *
     * @param column the column the name belongs to, for the finding's origin; {@code null} for others
     */
    record CreatedName(String name, String column) {
        int bytes() {
            return name.getBytes(StandardCharsets.UTF_8).length;
        }
    }

    /**
     * The names longer than {@link #MAX_BYTES} that a change would create. Schemas are not checked
     * here: a schema is only created for the tables and sequences in it, whose names include it.
     */
    static List<CreatedName> tooLong(SchemaChange change) {
        return createdNames(change).stream().filter(name -> name.bytes() > MAX_BYTES).toList();
    }

    private static List<CreatedName> createdNames(SchemaChange change) {
        if (change instanceof CreateSequence) {
            return qualified(((CreateSequence) change).sequence().name());
        }
        if (change instanceof CreateTable) {
            return tableNames(((CreateTable) change).table());
        }
        if (change instanceof AddColumn) {
            String column = ((AddColumn) change).column().name();
            return List.of(new CreatedName(column, column));
        }
        if (change instanceof AddPrimaryKey) {
            return List.of(new CreatedName(((AddPrimaryKey) change).key().name(), null));
        }
        if (change instanceof AddUniqueKey) {
            return List.of(new CreatedName(((AddUniqueKey) change).key().name(), null));
        }
        if (change instanceof CreateIndex) {
            return List.of(new CreatedName(((CreateIndex) change).index().name(), null));
        }
        if (change instanceof AddCheck) {
            return List.of(new CreatedName(((AddCheck) change).check().name(), null));
        }
        if (change instanceof AddForeignKey) {
            return List.of(new CreatedName(((AddForeignKey) change).foreignKey().name(), null));
        }
        throw new IllegalArgumentException("the differ does not check names of " + change.kind() + " changes");
    }

    private static List<CreatedName> qualified(QualifiedName name) {
        return List.of(new CreatedName(name.schema(), null), new CreatedName(name.name(), null));
    }

    private static List<CreatedName> tableNames(Table table) {
        List<CreatedName> names = new ArrayList<>(qualified(table.name()));
        for (Column column : table.columns()) {
            names.add(new CreatedName(column.name(), column.name()));
        }
        table.primaryKeyIfAny().ifPresent(key -> names.add(new CreatedName(key.name(), null)));
        for (UniqueKey key : table.uniqueKeys()) {
            names.add(new CreatedName(key.name(), null));
        }
        for (CheckConstraint check : table.checks()) {
            names.add(new CreatedName(check.name(), null));
        }
        return names;
    }
}
