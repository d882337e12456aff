package dev.schemadiff.history.flyway;

import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.catalog.PgCatalogReader;
import dev.schemadiff.history.DataChange;
import dev.schemadiff.history.internal.Models;
import dev.schemadiff.history.internal.ReplayedVersion;
import dev.schemadiff.history.internal.RowCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * A Flyway callback for the scratch replay: inside each migration's transaction it measures the rows
 * every statement changes, and after the migration it reads the catalog, so one {@code migrate} yields
 * the schema after every version.
 */
final class ReplayRecorder implements Callback {
    private static final Set<Event> EVENTS = Set.of(Event.BEFORE_EACH_MIGRATE, Event.BEFORE_EACH_MIGRATE_STATEMENT,
            Event.AFTER_EACH_MIGRATE_STATEMENT, Event.AFTER_EACH_MIGRATE);

    private final PgCatalogReader catalogReader = new PgCatalogReader();
    private final List<String> schemas;
    private final List<ReplayedVersion> replayed = new ArrayList<>();
    private RowCounts beforeStatement = RowCounts.NONE;
    private RowCounts changedByMigration = RowCounts.NONE;
    private List<String> changingStatements = new ArrayList<>();

    ReplayRecorder(List<String> schemas) {
        this.schemas = List.copyOf(schemas);
    }

    List<ReplayedVersion> replayed() {
        return List.copyOf(replayed);
    }

    @Override
    public boolean supports(Event event, Context context) {
        return EVENTS.contains(event);
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        switch (event) {
            case BEFORE_EACH_MIGRATE -> {
                changedByMigration = RowCounts.NONE;
                changingStatements = new ArrayList<>();
            }
            case BEFORE_EACH_MIGRATE_STATEMENT -> beforeStatement = RowCounts.inTransaction(context.getConnection());
            case AFTER_EACH_MIGRATE_STATEMENT -> {
                RowCounts changed = RowCounts.inTransaction(context.getConnection()).minus(beforeStatement);
                if (changed.any()) {
                    changedByMigration = changedByMigration.plus(changed);
                    changingStatements.add(context.getStatement().getSql().strip());
                }
            }
            case AFTER_EACH_MIGRATE -> recordVersion(context);
            default -> throw new IllegalArgumentException("unsupported event " + event);
        }
    }

    private void recordVersion(Context context) {
        MigrationInfo migration = context.getMigrationInfo();
        if (migration == null || migration.getVersion() == null) {
            return; // repeatable migrations are not versions to stamp
        }
        String version = migration.getVersion().getVersion();
        try {
            DataChange dataChange = changedByMigration.any() ? changedByMigration.toDataChange(version, changingStatements)
                    : null;
            replayed.add(new ReplayedVersion(version,
                    Models.withoutHistoryTables(catalogReader.read(context.getConnection(), schemas)), dataChange));
        } catch (SchemaDiffException e) {
            throw new SchemaDiffException(e.code(), "reading the scratch database after V" + version + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "schemadiff-replay";
    }
}
