package dev.schemadiff.cli;

import dev.schemadiff.api.PlanResult;
import dev.schemadiff.emit.SqlScript;
import dev.schemadiff.schema.Provenance;

/** {@code plan --format}: how the plan is written to stdout or {@code --out}. */
enum OutputFormat {
    /** An SQL script to review, or to run with psql; see {@link SqlScript}. */
    SQL,
    /** A report for a pull request: summary, per-table sections, SQL, findings. */
    MARKDOWN,
    /** A stable machine-readable document; see {@link PlanJson}. */
    JSON;

    String render(PlanResult result, Provenance provenance) {
        return switch (this) {
            case SQL -> SqlScript.render(result.plan());
            case MARKDOWN -> PlanMarkdown.render(result, provenance);
            case JSON -> PlanJson.render(result, provenance);
        };
    }
}
