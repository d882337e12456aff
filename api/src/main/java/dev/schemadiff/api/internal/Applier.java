package dev.schemadiff.api.internal;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.api.ApplyReport;
import dev.schemadiff.api.ApplyReport.NotValidated;
import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.api.PlanResult;
import dev.schemadiff.api.ReviewedPlan;
import dev.schemadiff.emit.PlannedStatement;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.Table;
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
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Applies a plan all-or-nothing: one transaction, serialized across processes by an advisory lock,
 * re-planned under that lock, verified by a second catalog read before commit. A lock timeout or a
 * deadlock aborts the transaction, so a retry starts the whole transaction over.
 */
public final class Applier {
    /** Advisory lock key shared by every schemadiff apply ("SCHMDIFF" in ASCII). */
    public static final long ADVISORY_LOCK_KEY = 0x5343484D44494646L;

    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String CHECK_VIOLATION = "23514";
    private static final String QUERY_CANCELED = "57014";
    private static final String READ_ONLY_TRANSACTION = "25006";

    private final Planner planner = new Planner();

    public ApplyReport apply(Connection connection, ExpectedSchema expected, PlanOptions options) {
        return apply(connection, expected, options, null, line -> { });
    }

    /**
     * @param reviewed the plan that must be the one computed under the lock, or {@code null} for any
     * @param progress receives a line before each retry after a lock timeout
     */
    public ApplyReport apply(Connection connection, ExpectedSchema expected, PlanOptions options,
                             ReviewedPlan reviewed, Consumer<String> progress) {
        for (int attempt = 1; ; attempt++) {
            try {
                return applyOnce(connection, expected, options, reviewed);
            } catch (SchemaDiffException e) {
                Optional<SQLException> conflict = Failures.lockConflict(e);
                if (conflict.isEmpty()) {
                    throw e;
                }
                if (attempt > options.lockRetries()) {
                    throw gaveUpWaiting(connection, expected, options, attempt, e);
                }
                Duration wait = options.lockRetryBackoff(attempt);
                progress.accept(firstLine(conflict.get().getMessage()).replaceFirst("^ERROR: ", "") + " (attempt "
                        + attempt + " of " + (options.lockRetries() + 1) + "); rolled back, trying again in "
                        + wait.toMillis() + " ms");
                pause(wait, e);
            }
        }
    }

    private ApplyReport applyOnce(Connection connection, ExpectedSchema expected, PlanOptions options,
                                  ReviewedPlan reviewed) {
        try {
            connection.setAutoCommit(false);
            ApplyReport report;
            try {
                report = applyInTransaction(connection, expected, options, reviewed);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                if (Failures.connectionLost(e)) {
                    throw new SchemaDiffException(ErrorCode.CONNECTION, "the connection to the database was lost"
                            + " during apply (" + Failures.firstLineOfCause(e) + "); PostgreSQL rolls back the"
                            + " transaction of a lost connection, so nothing was changed; rerun apply once the"
                            + " database is reachable", e);
                }
                throw e;
            }
            commit(connection);
            return report;
        } catch (SQLException e) {
            throw new SchemaDiffException(ErrorCode.APPLY,
                    "apply failed and was rolled back, nothing was changed: " + firstLine(e.getMessage()), e);
        } finally {
            restoreAutoCommit(connection);
        }
    }

    /** A lost connection during COMMIT leaves the outcome unknown: the server may have committed. */
    private static void commit(Connection connection) throws SQLException {
        try {
            connection.commit();
        } catch (SQLException e) {
            if (Failures.connectionLost(e)) {
                throw new SchemaDiffException(ErrorCode.CONNECTION, "the connection to the database was lost while"
                        + " committing (" + firstLine(e.getMessage()) + "), so whether the changes were committed"
                        + " is unknown (it was all or nothing either way); run apply again: it adds only what is"
                        + " still missing", e);
            }
            throw e;
        }
    }

    private ApplyReport applyInTransaction(Connection connection, ExpectedSchema expected, PlanOptions options,
                                           ReviewedPlan reviewed) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Wait for any concurrent apply before reading the catalog: the plan we run is the one
            // computed under the lock, so a second deploy finds nothing left to do.
            statement.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK_KEY + ")");
            statement.execute(setLockTimeout(options.lockTimeout()));
            statement.execute("SET LOCAL statement_timeout = " + millis(options.statementTimeout()));
        }
        PlanResult planned = planner.plan(connection, expected, options);
        if (reviewed != null) {
            Failures.requireReviewed(reviewed, planned);
        }
        List<PlannedStatement> statements = planned.plan().statements();
        if (statements.isEmpty()) {
            return new ApplyReport(planned, List.of());
        }
        PrivilegeCheck.requireAll(connection, statements);
        TableLocks.acquire(connection, statements, options.lockTimeout(), List.of(planned.actual(), expected.model()));
        List<NotValidated> notValidated = new ArrayList<>();
        for (PlannedStatement planStatement : statements) {
            execute(connection, planStatement).ifPresent(notValidated::add);
        }
        verifyNothingLeft(connection, expected, options);
        return new ApplyReport(planned, notValidated);
    }

    private Optional<NotValidated> execute(Connection connection, PlannedStatement planned) throws SQLException {
        if (!planned.tolerateViolations()) {
            run(connection, planned);
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
                    throw failure(planned, e);
                }
                // Existing rows violate the constraint: keep it NOT VALID (new rows are still checked).
                statement.execute("ROLLBACK TO SAVEPOINT schemadiff_validate");
                return Optional.of(new NotValidated(tableOf(planned.source()), constraintOf(planned.source()),
                        countViolations(statement, planned)));
            }
        }
    }

    private static void run(Connection connection, PlannedStatement planned) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(planned.sql());
        } catch (SQLException e) {
            throw failure(planned, e);
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

    private static SchemaDiffException failure(PlannedStatement planned, SQLException e) {
        String first = planned.sql().lines().findFirst().orElse(planned.sql());
        if (Failures.isLockConflict(e)) {
            return new SchemaDiffException(ErrorCode.LOCK_TIMEOUT, "'" + first + "' could not get its lock ("
                    + firstLine(e.getMessage()) + ")", e);
        }
        if (READ_ONLY_TRANSACTION.equals(e.getSQLState())) {
            return new SchemaDiffException(ErrorCode.PERMISSION, "the database is read-only (a standby, or"
                    + " default_transaction_read_only is on), so '" + first + "' cannot run; nothing was changed;"
                    + " point --db at the primary", e);
        }
        if (QUERY_CANCELED.equals(e.getSQLState())) {
            return new SchemaDiffException(ErrorCode.APPLY, "statement timed out: " + first
                    + "; nothing was changed; raise the statement timeout", e);
        }
        return new SchemaDiffException(ErrorCode.APPLY, "applying '" + first + "' failed: "
                + firstLine(e.getMessage()) + "; rolled back, nothing was changed", e);
    }

    /** The final lock failure, naming who holds locks on the entities' tables now that the wait is over. */
    private static SchemaDiffException gaveUpWaiting(Connection connection, ExpectedSchema expected,
                                                     PlanOptions options, int attempts, SchemaDiffException last) {
        String holders = LockHolders.describe(connection,
                expected.model().tables().stream().map(Table::name).toList());
        return new SchemaDiffException(ErrorCode.LOCK_TIMEOUT, "could not get the locks apply needs within "
                + options.lockTimeout().toMillis() + " ms, " + attempts + (attempts == 1 ? " attempt" : " attempts")
                + " (last: " + firstLine(last.getMessage()) + "); " + holders + "; nothing was changed; end that"
                + " transaction or retry when the tables are less busy, or raise --lock-timeout or --lock-retries",
                last);
    }

    private static void pause(Duration wait, SchemaDiffException cause) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
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

    /** {@code SET LOCAL lock_timeout}: for the rest of the transaction, unless set again. */
    static String setLockTimeout(Duration timeout) {
        return "SET LOCAL lock_timeout = " + millis(timeout);
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
