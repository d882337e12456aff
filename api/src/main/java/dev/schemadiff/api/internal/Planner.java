package dev.schemadiff.api.internal;

import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.api.PlanResult;
import dev.schemadiff.catalog.PgCatalogReader;
import dev.schemadiff.diff.DiffOptions;
import dev.schemadiff.diff.SchemaDiffer;
import dev.schemadiff.emit.PlanEmitter;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.change.ChangeSet;
import java.sql.Connection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads the catalog, diffs and emits, on a connection whose transaction the caller manages. Used by
 * plan (read only) and by apply (inside the locked write transaction), so both compute the same plan.
 */
public final class Planner {
    private final PgCatalogReader catalogReader = new PgCatalogReader();
    private final SchemaDiffer differ = new SchemaDiffer();

    /** The schemas to read: those the entities use, plus any asked for; {@code public} if none. */
    public static SortedSet<String> schemasToRead(ExpectedSchema expected, PlanOptions options) {
        SortedSet<String> schemas = new TreeSet<>(expected.model().schemas());
        schemas.addAll(options.schemas());
        if (schemas.isEmpty()) {
            schemas.add("public");
        }
        return schemas;
    }

    /** @throws dev.schemadiff.SchemaDiffException when PostgreSQL cannot hold the entities as written, or on catalog errors */
    public PlanResult plan(Connection connection, ExpectedSchema expected, PlanOptions options) {
        PostgresLimits.check(expected);
        SchemaModel actual = catalogReader.read(connection, schemasToRead(expected, options));
        return planAgainst(connection, expected, actual, options);
    }

    /** Plans against an already read catalog model; probes table emptiness only where it matters. */
    PlanResult planAgainst(Connection connection, ExpectedSchema expected, SchemaModel actual, PlanOptions options) {
        DiffOptions diffOptions = DiffOptions.defaults().withFills(options.fills());
        Set<QualifiedName> toProbe = differ.tablesNeedingRowCheck(expected, actual, diffOptions);
        if (!toProbe.isEmpty()) {
            diffOptions = diffOptions.withEmptyTables(RowProbe.emptyTables(connection, toProbe));
        }
        ChangeSet changes = differ.diff(expected, actual, diffOptions);
        return new PlanResult(actual, changes, PlanEmitter.emit(changes));
    }
}
