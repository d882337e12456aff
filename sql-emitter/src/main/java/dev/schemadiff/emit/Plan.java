package dev.schemadiff.emit;

import dev.schemadiff.schema.change.Finding;
import java.util.List;

/**
 * An ordered SQL plan and what it leaves unresolved.
 *
 * @param statements statements in execution order
 * @param findings   reported differences that are not emitted
 * @param followUps  suggested SQL for findings that have a known fix
 */
public record Plan(List<PlannedStatement> statements, List<Finding> findings, List<FollowUp> followUps) {
    public Plan {
        statements = List.copyOf(statements);
        findings = List.copyOf(findings);
        followUps = List.copyOf(followUps);
    }

    public boolean hasStatements() {
        return !statements.isEmpty();
    }
}
