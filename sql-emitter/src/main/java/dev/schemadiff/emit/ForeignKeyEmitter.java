package dev.schemadiff.emit;

import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.change.AddForeignKey;
import java.util.List;

/**
 * Foreign keys, after every table and key they may reference. On an existing table the constraint is
 * added NOT VALID and validated separately, as for checks.
 */
final class ForeignKeyEmitter {
    private ForeignKeyEmitter() {
    }

    static List<PlannedStatement> emit(AddForeignKey change, EmitContext context) {
        QualifiedName table = change.table();
        ForeignKey key = change.foreignKey();
        String alter = "ALTER TABLE " + Identifiers.qualified(table);
        String add = alter + " ADD CONSTRAINT " + Identifiers.quote(key.name()) + " FOREIGN KEY "
                + Statements.columnList(key.columns()) + " REFERENCES " + Identifiers.qualified(key.referencedTable())
                + " " + Statements.columnList(key.referencedColumns()) + onDelete(key.onDelete());
        if (context.isNew(table)) {
            return List.of(Statements.plain(add, change, Phase.FOREIGN_KEYS));
        }
        return List.of(
                Statements.plain(add + " NOT VALID", change, Phase.FOREIGN_KEYS),
                Statements.tolerantValidation(alter + " VALIDATE CONSTRAINT " + Identifiers.quote(key.name()),
                        change, Phase.FOREIGN_KEYS, orphanCountSql(table, key)));
    }

    private static String onDelete(ForeignKey.ReferentialAction action) {
        return action == ForeignKey.ReferentialAction.NO_ACTION ? "" : " ON DELETE " + action.name().replace('_', ' ');
    }

    /** Rows whose key columns are all set (MATCH SIMPLE checks only those) and have no parent row. */
    private static String orphanCountSql(QualifiedName table, ForeignKey key) {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM ").append(Identifiers.qualified(table))
                .append(" child WHERE ");
        for (String column : key.columns()) {
            sql.append("child.").append(Identifiers.quote(column)).append(" IS NOT NULL AND ");
        }
        sql.append("NOT EXISTS (SELECT 1 FROM ").append(Identifiers.qualified(key.referencedTable()))
                .append(" parent WHERE ");
        for (int i = 0; i < key.columns().size(); i++) {
            if (i > 0) {
                sql.append(" AND ");
            }
            sql.append("parent.").append(Identifiers.quote(key.referencedColumns().get(i)))
                    .append(" = child.").append(Identifiers.quote(key.columns().get(i)));
        }
        return sql.append(')').toString();
    }
}
