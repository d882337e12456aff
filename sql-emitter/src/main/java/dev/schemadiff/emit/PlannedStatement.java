package dev.schemadiff.emit;

import dev.schemadiff.schema.change.SchemaChange;
import java.util.Objects;
import java.util.Set;

/**
 * One SQL statement of a plan.
 *
 * @param sql                the statement, without a trailing semicolon
 * @param source             the change it implements
 * @param phase              its place in the order
 * @param hazards            operational risks
 * @param tolerateViolations {@code true} for a {@code VALIDATE CONSTRAINT} that may fail on existing
 *                           rows: the applier runs it in a savepoint and, on a violation, keeps the
 *                           constraint NOT VALID and reports {@link #violationCountSql()}
 * @param violationCountSql  a query counting the violating rows, or {@code null}
 */
public record PlannedStatement(
        String sql, SchemaChange source, Phase phase, Set<Hazard> hazards, boolean tolerateViolations,
        String violationCountSql) {

    public PlannedStatement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(phase, "phase");
        hazards = Set.copyOf(hazards);
    }
}
