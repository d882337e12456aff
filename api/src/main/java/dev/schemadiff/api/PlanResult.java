package dev.schemadiff.api;

import dev.schemadiff.emit.Plan;
import dev.schemadiff.emit.SqlScript;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.change.ChangeSet;

/**
 * A computed plan with what it was computed from.
 *
 * @param actual  the catalog model the plan was computed against
 * @param changes the diff
 * @param plan    the ordered SQL and findings
 */
public record PlanResult(SchemaModel actual, ChangeSet changes, Plan plan) {

    /** Fingerprint of the catalog the plan was computed against. */
    public String catalogFingerprint() {
        return actual.fingerprint();
    }

    /**
     * The plan as one SQL script in one transaction, to review or to run with
     * {@code psql -v ON_ERROR_STOP=1}; what the plan leaves undone follows as comments.
     */
    public String script() {
        return SqlScript.render(plan);
    }
}
