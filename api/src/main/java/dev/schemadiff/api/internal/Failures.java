package dev.schemadiff.api.internal;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.api.PlanResult;
import dev.schemadiff.api.ReviewedPlan;
import dev.schemadiff.emit.PlannedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Classifies what went wrong during an apply, to decide between retrying, explaining and refusing. */
final class Failures {
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String DEADLOCK_DETECTED = "40P01";
    /**
     * admin_shutdown (pg_terminate_backend, a fast shutdown), crash_shutdown, cannot_connect_now,
     * idle_in_transaction_session_timeout.
     */
    private static final Set<String> SERVER_ENDED_SESSION = Set.of("57P01", "57P02", "57P03", "25P03");
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private Failures() {
    }

    /** Whether {@code e} is a lock timeout or a deadlock: both abort the transaction and may pass on retry. */
    static boolean isLockConflict(SQLException e) {
        return LOCK_NOT_AVAILABLE.equals(e.getSQLState()) || DEADLOCK_DETECTED.equals(e.getSQLState());
    }

    /** The lock timeout or deadlock behind {@code e}, wherever it surfaced (a statement, a catalog or row probe). */
    static Optional<SQLException> lockConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isLockConflict(sql)) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    /** Whether the session behind the connection is gone: terminated, crashed, or the network dropped. */
    static boolean connectionLost(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)
                    || SERVER_ENDED_SESSION.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** The first line of the innermost cause's message: the server's or driver's own words. */
    static String firstLineOfCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return message.lines().findFirst().orElse(message);
    }

    /**
     * Refuses a plan other than the reviewed one: computed against another catalog, or with other
     * statements (the entities, the fills or which tables hold rows changed since the review).
     */
    static void requireReviewed(ReviewedPlan reviewed, PlanResult planned) {
        String now = planned.catalogFingerprint();
        if (!reviewed.catalogFingerprint().equals(now)) {
            throw new SchemaDiffException(ErrorCode.STALE_PLAN, "the database changed since the plan was made"
                    + " (catalog fingerprint " + abbreviate(reviewed.catalogFingerprint()) + " in the plan file, "
                    + abbreviate(now) + " now); nothing was changed; make a new plan, review it and apply that");
        }
        List<String> planStatements = planned.plan().statements().stream().map(PlannedStatement::sql).toList();
        List<String> added = minus(planStatements, reviewed.statements());
        List<String> dropped = minus(reviewed.statements(), planStatements);
        if (!added.isEmpty() || !dropped.isEmpty()) {
            String example = !added.isEmpty() ? "it would now also run " + firstLine(added.get(0))
                    : "it would no longer run " + firstLine(dropped.get(0));
            throw new SchemaDiffException(ErrorCode.STALE_PLAN, "the plan computed now differs from the plan file ("
                    + example + "): the entities, the --fill values or which tables hold rows changed since;"
                    + " nothing was changed; make a new plan, review it and apply that");
        }
    }

    /** The elements of {@code from} not matched one-for-one in {@code other}. */
    private static List<String> minus(List<String> from, List<String> other) {
        List<String> left = new ArrayList<>(from);
        other.forEach(left::remove);
        return left;
    }

    private static String abbreviate(String fingerprint) {
        return fingerprint.length() > 12 ? fingerprint.substring(0, 12) + "..." : fingerprint;
    }

    private static String firstLine(String sql) {
        return sql.lines().findFirst().orElse(sql);
    }
}
