package dev.schemadiff.api.internal;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.api.ApplyReport;
import dev.schemadiff.api.ApplyReport.NotValidated;
import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.api.PlanResult;
import dev.schemadiff.emit.PlannedStatement;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.change.AddCheck;
import dev.schemadiff.schema.change.AddForeignKey;
import dev.schemadiff.schema.change.SchemaChange;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Applies a plan all-or-nothing: one transaction, serialized across processes by an advisory lock,
 * re-planned under that lock, verified by a second catalog read before commit.
 */
public final class Applier {
    /** Advisory lock key shared by every schemadiff apply ("SCHMDIFF" in ASCII). */
    public static final long ADVISORY_LOCK_KEY = 0x5343484D44494646L;

    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String CHECK_VIOLATION = "23514";
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String QUERY_CANCELED = "57014";

    private final Planner planner = new Planner();

    public ApplyReport apply(Connection connection, ExpectedSchema expected, PlanOptions options) {
        try {
            connection.setAutoCommit(false);
            try {
                ApplyReport report = applyInTransaction(connection, expected, options);
                connection.commit();
                return report;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                restoreAutoCommit(connection);
            }
        } catch (SQLException e) {
            throw new SchemaDiffException(ErrorCode.APPLY,
                    "apply failed and was rolled back, nothing was changed: " + firstLine(e.getMessage()), e);
        }
    }

    private ApplyReport applyInTransaction(Connection connection, ExpectedSchema expected, PlanOptions options)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Wait for any concurrent apply before reading the catalog: the plan we run is the one
            // computed under the lock, so a second deploy finds nothing left to do.
            statement.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK_KEY + ")");
            statement.execute("SET LOCAL lock_timeout = " + millis(options.lockTimeout()));
            statement.execute("SET LOCAL statement_timeout = " + millis(options.statementTimeout()));
        }
        PlanResult planned = planner.plan(connection, expected, options);
        List<PlannedStatement> statements = planned.plan().statements();
        if (statements.isEmpty()) {
            return new ApplyReport(planned, List.of());
        }
        PrivilegeCheck.requireAll(connection, statements);
        List<NotValidated> notValidated = new ArrayList<>();
        for (PlannedStatement planStatement : statements) {
            execute(connection, planStatement, options).ifPresent(notValidated::add);
        }
        verifyNothingLeft(connection, expected, options);
        return new ApplyReport(planned, notValidated);
    }

    private Optional<NotValidated> execute(Connection connection, PlannedStatement planned,
            PlanOptions options) throws SQLException {
        if (!planned.tolerateViolations()) {
            run(connection, planned, options);
            return Optional.empty();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SAVEPOINT schemadiff_validate");
            try {
                statement.execute(planned.sql());
                statement.execute("RELEASE SAVEPOINT schemadiff_validate");
                return Optional.empty();
            } catch (SQLException e) {
                if (!FOREIGN_KEY_VIOLATION.equals(e.getSQLState()) && !CHECK_VIOLATION.equals(e.getSQLState())) {
                    throw failure(planned, e, options);
                }
                // Existing rows violate the constraint: keep it NOT VALID (new rows are still checked).
                statement.execute("ROLLBACK TO SAVEPOINT schemadiff_validate");
                return Optional.of(new NotValidated(tableOf(planned.source()), constraintOf(planned.source()),
                        countViolations(statement, planned)));
            }
        }
    }

    private static void run(Connection connection, PlannedStatement planned, PlanOptions options) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(planned.sql());
        } catch (SQLException e) {
            throw failure(planned, e, options);
        }
    }

    private static long countViolations(Statement statement, PlannedStatement planned) throws SQLException {
        if (planned.violationCountSql() == null) {
            return -1;
        }
        try (ResultSet rows = statement.executeQuery(planned.violationCountSql())) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void verifyNothingLeft(Connection connection, ExpectedSchema expected, PlanOptions options) {
        PlanResult after = planner.plan(connection, expected, options);
        if (after.plan().hasStatements()) {
            String left = after.plan().statements().stream().map(PlannedStatement::sql)
                    .map(sql -> sql.lines().findFirst().orElse(sql)).collect(Collectors.joining("; "));
            throw new SchemaDiffException(ErrorCode.APPLY,
                    "after applying, the database still differs (rolled back, nothing was changed): " + left);
        }
    }

    private static SchemaDiffException failure(PlannedStatement planned, SQLException e, PlanOptions options) {
        String first = planned.sql().lines().findFirst().orElse(planned.sql());
        if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
            return new SchemaDiffException(ErrorCode.LOCK_TIMEOUT, "could not get a lock within "
                    + options.lockTimeout().toMillis() + " ms for: " + first
                    + "; another transaction holds the table; nothing was changed; retry or raise --lock-timeout", e);
        }
        if (QUERY_CANCELED.equals(e.getSQLState())) {
            return new SchemaDiffException(ErrorCode.APPLY, "statement timed out: " + first
                    + "; nothing was changed; raise the statement timeout", e);
        }
        return new SchemaDiffException(ErrorCode.APPLY, "applying '" + first + "' failed: "
                + firstLine(e.getMessage()) + "; rolled back, nothing was changed", e);
    }

    private static String tableOf(SchemaChange change) {
        if (change instanceof AddForeignKey fk) {
            return fk.table().toString();
        } else if (change instanceof AddCheck check) {
            return check.table().toString();
        }
        throw new IllegalArgumentException("only constraint validation tolerates violations, not " + change.kind());
    }

    private static String constraintOf(SchemaChange change) {
        if (change instanceof AddForeignKey fk) {
            return fk.foreignKey().name();
        } else if (change instanceof AddCheck check) {
            return check.check().name();
        }
        throw new IllegalArgumentException("only constraint validation tolerates violations, not " + change.kind());
    }

    private static String millis(Duration duration) {
        return "'" + duration.toMillis() + "ms'";
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static void restoreAutoCommit(Connection connection) {
        try {
            if (!connection.isClosed()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException ignoredOnADeadConnection) {
            // Nothing to restore on a connection that is gone; the outcome is already decided.
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            // The connection is gone: the server rolls the transaction back itself.
            cause.addSuppressed(rollbackFailure);
        }
    }
}
