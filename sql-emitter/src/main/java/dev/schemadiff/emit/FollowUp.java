package dev.schemadiff.emit;

import dev.schemadiff.schema.change.Finding;
import java.util.List;
import java.util.Objects;

/**
 * SQL a user can run to resolve a finding the plan does not fix itself (e.g. a backfill).
 *
 * @param finding the finding it resolves
 * @param advice  one sentence on what to edit before running {@code sql}, and the alternative
 * @param sql     statements without trailing semicolons, in order; placeholders are written {@code <value>}
 */
public record FollowUp(Finding finding, String advice, List<String> sql) {
    public FollowUp {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(advice, "advice");
        sql = List.copyOf(sql);
    }
}
