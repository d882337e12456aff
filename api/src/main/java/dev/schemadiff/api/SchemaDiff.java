package dev.schemadiff.api;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.api.internal.Applier;
import dev.schemadiff.api.internal.DataSources;
import dev.schemadiff.api.internal.ModelSources;
import dev.schemadiff.api.internal.Planner;
import dev.schemadiff.api.internal.PrivilegeCheck;
import dev.schemadiff.emit.Plan;
import dev.schemadiff.schema.ExpectedSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.SortedSet;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Plans and applies an entity-driven reconcile of a live PostgreSQL database: the entry point for
 * applications, build plugins and the CLI alike.
 *
 * <p>With a {@link DataSource} (an application's pool), each operation reads the entities first, then
 * borrows one connection for as long as it needs it and gives it back. With a {@link Connection}, the
 * caller owns it; both operations leave it in autocommit mode with no open transaction.
 *
 * <pre>{@code
 * ModelSource entities = ModelSource.classes(Path.of("target/classes"));
 * PlanResult pending = SchemaDiff.plan(dataSource, entities, PlanOptions.defaults());
 * System.out.print(pending.script());
 * ApplyReport report = SchemaDiff.apply(dataSource, entities, PlanOptions.defaults());
 * }</pre>
 *
 * <p>Every failure a user can act on is a {@link SchemaDiffException} with a one-line message that
 * says what failed and what to try.
 */
public final class SchemaDiff {
    private SchemaDiff() {
    }

    /** The schemas a plan compares: those the entities use, plus any asked for; {@code public} if none. */
    public static SortedSet<String> schemasToRead(ExpectedSchema expected, PlanOptions options) {
        return Planner.schemasToRead(expected, options);
    }

    /**
     * Reads the entities of {@code source}: the schema they need, where each part comes from, and
     * warnings about mappings that could only be approximated. Entities that name no schema belong to
     * the first of {@link PlanOptions#schemas()}, else {@code public}.
     *
     * @throws SchemaDiffException ({@code MODEL}) when classes cannot load or Hibernate rejects the mapping,
     *                             ({@code USAGE}) when a location does not exist
     */
    public static ExpectedSchema readModel(ModelSource source, PlanOptions options) {
        return ModelSources.read(source, options);
    }

    /**
     * Reads the entities of {@code source}, then plans on a connection borrowed from {@code dataSource}
     * in a READ ONLY transaction. Never writes.
     *
     * @throws SchemaDiffException when the entities cannot be read, no connection can be had, or the
     *                             catalog cannot be read
     */
    public static PlanResult plan(DataSource dataSource, ModelSource source, PlanOptions options) {
        return plan(dataSource, readModel(source, options), options);
    }

    /** As {@link #plan(DataSource, ModelSource, PlanOptions)}, for entities already read. */
    public static PlanResult plan(DataSource dataSource, ExpectedSchema expected, PlanOptions options) {
        try (Connection connection = DataSources.borrow(dataSource)) {
            return plan(connection, expected, options);
        } catch (SQLException e) {
            throw closeFailure(e);
        }
    }

    /**
     * Reads the entities of {@code source}, then applies on a connection borrowed from
     * {@code dataSource}, as {@link #apply(Connection, ExpectedSchema, PlanOptions)} does.
     *
     * @throws SchemaDiffException on any failure; nothing is then written
     */
    public static ApplyReport apply(DataSource dataSource, ModelSource source, PlanOptions options) {
        return apply(dataSource, readModel(source, options), options);
    }

    /** As {@link #apply(DataSource, ModelSource, PlanOptions)}, for entities already read. */
    public static ApplyReport apply(DataSource dataSource, ExpectedSchema expected, PlanOptions options) {
        try (Connection connection = DataSources.borrow(dataSource)) {
            return apply(connection, expected, options);
        } catch (SQLException e) {
            throw closeFailure(e);
        }
    }

    /**
     * Reads the catalog in a READ ONLY transaction and computes the plan. Never writes.
     *
     * @throws SchemaDiffException on catalog errors
     */
    public static PlanResult plan(Connection connection, ExpectedSchema expected, PlanOptions options) {
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                return new Planner().plan(connection, expected, options);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new SchemaDiffException(ErrorCode.CATALOG, "planning failed: " + e.getMessage(), e);
        }
    }

    /**
     * In one transaction under an advisory lock: re-plans, checks privileges, runs the statements,
     * re-reads the catalog and commits only when nothing emittable remains. Two applies started at
     * once serialize; the second finds nothing to do.
     *
     * @throws SchemaDiffException on any failure; nothing is then written
     */
    public static ApplyReport apply(Connection connection, ExpectedSchema expected, PlanOptions options) {
        return new Applier().apply(connection, expected, options);
    }

    /**
     * What the connected role lacks to run {@code plan}: CREATE on the database and on schemas that get
     * new objects, ownership of tables to alter, REFERENCES on referenced tables. One line each, with the
     * GRANT to run; empty when nothing is missing. {@code apply} checks the same before it writes.
     *
     * @throws SchemaDiffException ({@code CATALOG}) when the privileges cannot be read
     */
    public static List<String> missingPrivileges(Connection connection, Plan plan) {
        return PrivilegeCheck.missing(connection, plan.statements());
    }

    /**
     * As {@link #apply(Connection, ExpectedSchema, PlanOptions)}, with two additions. With a
     * {@code reviewed} plan, apply refuses ({@code STALE_PLAN}) unless the plan it computes under the lock
     * is that plan, against a catalog with the same fingerprint. After a lock timeout or a deadlock it
     * starts over up to {@link PlanOptions#lockRetries()} times, telling {@code progress} before each wait.
     *
     * @param reviewed the plan that was reviewed, or {@code null} to apply whatever is missing
     * @param progress receives one line per retry
     * @throws SchemaDiffException on any failure; nothing is then written
     */
    public static ApplyReport apply(Connection connection, ExpectedSchema expected, PlanOptions options,
                                    ReviewedPlan reviewed, Consumer<String> progress) {
        return new Applier().apply(connection, expected, options, reviewed, progress);
    }

    /** Only {@code close()} throws a checked exception here: the work itself is done by then. */
    private static SchemaDiffException closeFailure(SQLException e) {
        return new SchemaDiffException(ErrorCode.CONNECTION, "giving the connection back to the DataSource failed: "
                + e.getMessage() + "; the work itself was done", e);
    }
}
