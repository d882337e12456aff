package dev.schemadiff.emit;

import dev.schemadiff.schema.change.Finding;
import java.util.List;

/** SQL a user can run to resolve a finding the plan does not fix itself (e.g. a backfill). */
public record FollowUp(Finding finding, List<String> sql) {
    public FollowUp {
        sql = List.copyOf(sql);
    }
}
