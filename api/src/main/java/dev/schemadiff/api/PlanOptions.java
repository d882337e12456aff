package dev.schemadiff.api;

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
 */
public record PlanOptions(
        List<String> schemas, Map<ColumnRef, String> fills, Duration lockTimeout, Duration statementTimeout) {

    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);

    public PlanOptions {
        schemas = List.copyOf(schemas);
        fills = Map.copyOf(fills);
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
    }

    public static PlanOptions defaults() {
        return new PlanOptions(List.of(), Map.of(), DEFAULT_LOCK_TIMEOUT, Duration.ZERO);
    }
}
