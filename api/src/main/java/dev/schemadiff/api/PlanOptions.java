package dev.schemadiff.api;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.emit.SqlExpressions;
import dev.schemadiff.schema.ColumnRef;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to plan and apply.
 *
 * @param schemas          schemas to compare besides those the entities use; empty means just those
 *                         (or {@code public} when the entities name none)
 * @param fills            {@code --fill}: SQL values for NOT NULL columns added to tables with rows
 * @param lockTimeout      {@code lock_timeout} for apply
 * @param statementTimeout {@code statement_timeout} for apply; {@link Duration#ZERO} for none
 * @param lockRetries      how often apply starts its transaction over after a lock timeout or a deadlock,
 *                         waiting {@link #lockRetryBackoff(int)} before each retry; 0 gives up at the first
 */
public record PlanOptions(
        List<String> schemas, Map<ColumnRef, String> fills, Duration lockTimeout, Duration statementTimeout,
        int lockRetries) {

    /** The lock timeout when none is given: long enough for a busy table, short enough not to stall traffic. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);

    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    public PlanOptions {
        schemas = List.copyOf(schemas);
        fills = Map.copyOf(fills);
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        if (lockRetries < 0) {
            throw new IllegalArgumentException("lockRetries must be 0 or more, not " + lockRetries);
        }
        fills.forEach((column, value) -> SqlExpressions.whyNotOneExpression(value).ifPresent(reason -> {
            throw new SchemaDiffException(ErrorCode.USAGE, "the fill value for " + column + " is not one SQL"
                    + " expression: " + reason + "; give a single value such as 'unknown', 0 or now()");
        }));
    }

    /** Options that give up at the first lock timeout. */
    public PlanOptions(List<String> schemas, Map<ColumnRef, String> fills, Duration lockTimeout,
                       Duration statementTimeout) {
        this(schemas, fills, lockTimeout, statementTimeout, 0);
    }

    /** The same options with {@code retries} lock retries. */
    public PlanOptions withLockRetries(int retries) {
        return new PlanOptions(schemas, fills, lockTimeout, statementTimeout, retries);
    }

    /**
     * The wait before retry {@code retry} (1 for the first): {@code min(lockTimeout, 1 s)}, doubled for
     * each further retry, at most 30 s. The waits leave the table to the traffic queued behind the lock.
     */
    public Duration lockRetryBackoff(int retry) {
        Duration first = lockTimeout.compareTo(FIRST_BACKOFF) < 0 ? lockTimeout : FIRST_BACKOFF;
        Duration wait = first.multipliedBy(1L << Math.min(retry - 1, 16));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    /** The schemas the entities use, no fills, {@link #DEFAULT_LOCK_TIMEOUT}, no statement timeout. */
    public static PlanOptions defaults() {
        return new PlanOptions(List.of(), Map.of(), DEFAULT_LOCK_TIMEOUT, Duration.ZERO);
    }
}
