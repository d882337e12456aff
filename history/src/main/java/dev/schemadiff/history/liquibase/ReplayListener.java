package dev.schemadiff.history.liquibase;

import dev.schemadiff.catalog.PgCatalogReader;
import dev.schemadiff.history.DataChange;
import dev.schemadiff.history.internal.Models;
import dev.schemadiff.history.internal.ReplayedVersion;
import dev.schemadiff.history.internal.RowCounts;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;

/**
 * Listens to the scratch replay: inside each changeset's transaction it measures the rows every change
 * alters, and after the changeset it reads the catalog.
 */
final class ReplayListener extends AbstractChangeExecListener {
    private final PgCatalogReader catalogReader = new PgCatalogReader();
    private final Connection connection;
    private final List<String> schemas;
    private final List<ReplayedVersion> replayed = new ArrayList<>();
    private RowCounts beforeChange = RowCounts.NONE;
    private RowCounts changedBySet = RowCounts.NONE;
    private List<String> changingStatements = new ArrayList<>();

    ReplayListener(Connection connection, List<String> schemas) {
        this.connection = connection;
        this.schemas = List.copyOf(schemas);
    }

    List<ReplayedVersion> replayed() {
        return List.copyOf(replayed);
    }

    @Override
    public void willRun(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database, ChangeSet.RunStatus status) {
        changedBySet = RowCounts.NONE;
        changingStatements = new ArrayList<>();
    }

    @Override
    public void willRun(Change change, ChangeSet changeSet, DatabaseChangeLog changeLog, Database database) {
        beforeChange = RowCounts.inTransaction(connection);
    }

    @Override
    public void ran(Change change, ChangeSet changeSet, DatabaseChangeLog changeLog, Database database) {
        RowCounts changed = RowCounts.inTransaction(connection).minus(beforeChange);
        if (changed.any()) {
            changedBySet = changedBySet.plus(changed);
            Arrays.stream(SqlGeneratorFactory.getInstance().generateSql(change, database))
                    .map(Sql::toSql).forEach(changingStatements::add);
        }
    }

    @Override
    public void ran(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database, ChangeSet.ExecType execType) {
        String version = LiquibaseTool.idOf(changeSet);
        DataChange dataChange = changedBySet.any() ? changedBySet.toDataChange(version, changingStatements) : null;
        replayed.add(new ReplayedVersion(version,
                Models.withoutHistoryTables(catalogReader.read(connection, schemas)), dataChange));
    }
}
