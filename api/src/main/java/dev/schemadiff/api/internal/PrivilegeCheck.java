package dev.schemadiff.api.internal;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.emit.PlannedStatement;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.change.AddForeignKey;
import dev.schemadiff.schema.change.CreateSchema;
import dev.schemadiff.schema.change.CreateSequence;
import dev.schemadiff.schema.change.CreateTable;
import dev.schemadiff.schema.change.SchemaChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks, before the first write, that the connected role may do everything the plan needs, and names
 * every missing privilege at once; a plan that fails half-way on a privilege would waste a lock.
 */
public final class PrivilegeCheck {
    private static final String PRIVILEGES = SqlResource.load("privileges.sql");

    private PrivilegeCheck() {
    }

    static void requireAll(Connection connection, List<PlannedStatement> statements) {
        List<String> problems = missing(connection, statements);
        if (!problems.isEmpty()) {
            throw new SchemaDiffException(ErrorCode.PERMISSION,
                    "permission denied, nothing was changed: " + String.join("; ", problems));
        }
    }

    /** Every privilege the statements need that the connected role lacks, one line each with the GRANT to run. */
    public static List<String> missing(Connection connection, List<PlannedStatement> statements) {
        boolean createsSchema = false;
        Set<String> creatingIn = new TreeSet<>();
        Set<QualifiedName> altered = new TreeSet<>();
        Set<QualifiedName> referenced = new TreeSet<>();
        Set<QualifiedName> created = new TreeSet<>();
        for (PlannedStatement statement : statements) {
            SchemaChange change = statement.source();
            if (change instanceof CreateSchema) {
                createsSchema = true;
            } else if (change instanceof CreateTable createTable) {
                creatingIn.add(createTable.table().name().schema());
                created.add(createTable.table().name());
            } else if (change instanceof CreateSequence createSequence) {
                creatingIn.add(createSequence.sequence().name().schema());
            } else if (change instanceof AddForeignKey addForeignKey) {
                altered.add(addForeignKey.table());
                referenced.add(addForeignKey.foreignKey().referencedTable());
            } else {
                altered.add(change.tableName().orElseThrow());
            }
        }
        altered.removeAll(created);
        referenced.removeAll(created);
        List<String> problems = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(PRIVILEGES)) {
            query.setBoolean(1, createsSchema);
            query.setArray(2, RowProbe.textArray(connection, creatingIn));
            query.setArray(3, RowProbe.textArray(connection, altered.stream().map(QualifiedName::schema).toList()));
            query.setArray(4, RowProbe.textArray(connection, altered.stream().map(QualifiedName::name).toList()));
            query.setArray(5, RowProbe.textArray(connection, referenced.stream().map(QualifiedName::schema).toList()));
            query.setArray(6, RowProbe.textArray(connection, referenced.stream().map(QualifiedName::name).toList()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    problems.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new SchemaDiffException(ErrorCode.CATALOG, "checking privileges: " + e.getMessage(), e);
        }
        return problems;
    }
}
