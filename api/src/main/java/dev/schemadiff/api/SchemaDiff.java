package dev.schemadiff.api;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.api.internal.Applier;
import dev.schemadiff.api.internal.Planner;
import dev.schemadiff.schema.ExpectedSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.SortedSet;

/**
 * Plans and applies an entity-driven reconcile of a live PostgreSQL database. The caller owns the
 * connection; both operations leave it in autocommit mode with no open transaction.
 */
public final class SchemaDiff {
    private SchemaDiff() {
    }

    /** The schemas a plan compares: those the entities use, plus any asked for; {@code public} if none. */
    public static SortedSet<String> schemasToRead(ExpectedSchema expected, PlanOptions options) {
        return Planner.schemasToRead(expected, options);
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
}
