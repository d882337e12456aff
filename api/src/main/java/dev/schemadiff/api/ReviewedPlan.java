package dev.schemadiff.api;

import java.util.List;
import java.util.Objects;

/**
 * A plan as it was reviewed, for instance read back from {@code plan --format json}: an apply given one
 * runs only if the plan it computes under its lock is this plan, against the same catalog. Between
 * review and apply the database may have changed (another deploy, a hand-made fix, a restore), or the
 * entities, the {@code --fill} values or which tables hold rows; any of these makes a different plan.
 *
 * @param catalogFingerprint {@link PlanResult#catalogFingerprint()} of the reviewed plan
 * @param statements         its SQL statements, without trailing semicolons; compared regardless of order
 */
public record ReviewedPlan(String catalogFingerprint, List<String> statements) {
    public ReviewedPlan {
        Objects.requireNonNull(catalogFingerprint, "catalogFingerprint");
        statements = List.copyOf(statements);
    }
}
