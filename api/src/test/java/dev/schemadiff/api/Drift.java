package dev.schemadiff.api;

import static dev.schemadiff.api.RowSeeder.quote;

import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.Index;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Sequence;
import dev.schemadiff.schema.Table;
import dev.schemadiff.schema.UniqueKey;
import dev.schemadiff.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Drifts a database away from a pristine schema the way hand edits and lost migrations do: drops a
 * seeded random set of columns, tables, sequences, indexes, unique keys and foreign keys.
 */
final class Drift {
    private Drift() {
    }

    /** What was dropped, as display names, for assertions and failure messages. */
    record Dropped(List<String> columns, List<String> tables, List<String> sequences, List<String> indexes,
                   List<String> uniqueKeys, List<String> foreignKeys) {
        int total() {
            return columns.size() + tables.size() + sequences.size() + indexes.size() + uniqueKeys.size()
                    + foreignKeys.size();
        }
    }

    /**
     * @param keepColumns columns that must survive (e.g. NOT NULL columns of seeded tables that no
     *                    value could refill without breaking a unique key)
     */
    static Dropped apply(TestDatabase db, SchemaModel pristine, long seed, Set<String> keepColumns) {
        Random random = new Random(seed);
        Dropped dropped = new Dropped(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        Set<QualifiedName> referenced = new HashSet<>();
        pristine.tables().forEach(t -> t.foreignKeys().forEach(fk -> referenced.add(fk.referencedTable())));
        StringBuilder sql = new StringBuilder();
        Set<QualifiedName> droppedTables = new HashSet<>();
        for (Table table : pristine.tables()) {
            String target = quote(table.name().schema()) + "." + quote(table.name().name());
            if (!referenced.contains(table.name()) && random.nextInt(100) < 6) {
                sql.append("DROP TABLE ").append(target).append(";\n");
                dropped.tables().add(table.name().toString());
                droppedTables.add(table.name());
                continue;
            }
            Set<String> fkColumns = new HashSet<>();
            table.foreignKeys().forEach(fk -> fkColumns.addAll(fk.columns()));
            Set<String> pkColumns = table.primaryKey() == null ? Set.of() : Set.copyOf(table.primaryKey().columns());
            Set<String> droppedColumns = new HashSet<>();
            for (Column column : table.columns()) {
                String ref = table.name() + "." + column.name();
                if (!pkColumns.contains(column.name()) && !fkColumns.contains(column.name())
                        && !keepColumns.contains(ref) && random.nextInt(100) < 8) {
                    sql.append("ALTER TABLE ").append(target).append(" DROP COLUMN ").append(quote(column.name()))
                            .append(";\n");
                    dropped.columns().add(ref);
                    droppedColumns.add(column.name());
                }
            }
            for (Index index : table.indexes()) {
                if (random.nextInt(100) < 25 && droppedColumns.stream().noneMatch(index.columns()::contains)) {
                    sql.append("DROP INDEX ").append(quote(table.name().schema())).append('.')
                            .append(quote(index.name())).append(";\n");
                    dropped.indexes().add(index.name());
                }
            }
            for (UniqueKey unique : table.uniqueKeys()) {
                if (random.nextInt(100) < 25 && droppedColumns.stream().noneMatch(unique.columns()::contains)) {
                    sql.append("ALTER TABLE ").append(target).append(" DROP CONSTRAINT ")
                            .append(quote(unique.name())).append(";\n");
                    dropped.uniqueKeys().add(unique.name());
                }
            }
            for (ForeignKey foreignKey : table.foreignKeys()) {
                if (random.nextInt(100) < 25) {
                    sql.append("ALTER TABLE ").append(target).append(" DROP CONSTRAINT ")
                            .append(quote(foreignKey.name())).append(";\n");
                    dropped.foreignKeys().add(foreignKey.name());
                }
            }
        }
        for (Sequence sequence : pristine.sequences()) {
            if (random.nextInt(100) < 15) {
                sql.append("DROP SEQUENCE ").append(quote(sequence.name().schema())).append('.')
                        .append(quote(sequence.name().name())).append(";\n");
                dropped.sequences().add(sequence.name().toString());
            }
        }
        db.execute(sql.toString());
        return dropped;
    }
}
