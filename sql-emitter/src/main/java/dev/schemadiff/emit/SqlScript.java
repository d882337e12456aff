package dev.schemadiff.emit;

import dev.schemadiff.schema.change.Finding;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Renders a {@link Plan} as one SQL script for {@code plan --format sql}, to read in review or pipe into
 * {@code psql -v ON_ERROR_STOP=1}: everything runs in one transaction, hazards are commented above their
 * statement, and what the plan leaves undone follows {@code COMMIT} as comments.
 */
public final class SqlScript {
    /**
     * {@code psql} has no savepoint of its own, so a validation that may fail runs in a PL/pgSQL block
     * whose exception handler rolls back just that validation, as the applier's savepoint does.
     */
    private static final String TOLERANT_VALIDATION = String.join("\n",
            "DO $validate$",
            "BEGIN",
            "    %s;",
            "EXCEPTION WHEN check_violation OR foreign_key_violation THEN",
            "    RAISE WARNING '%%; the constraint stays NOT VALID. Rows in the way: %%', SQLERRM, %s;",
            "END",
            "$validate$");

    private SqlScript() {
    }

    /** The script; a plan without statements renders as comments only. */
    public static String render(Plan plan) {
        StringBuilder script = new StringBuilder();
        if (!plan.hasStatements()) {
            script.append("-- schemadiff: the database already has everything the entities need; nothing to apply.\n");
        } else {
            script.append("-- schemadiff plan: ").append(plan.statements().size()).append(" statements in one transaction.\n")
                    .append("-- Review it, then run it with: psql -v ON_ERROR_STOP=1 -f <this file>\n\n")
                    .append("BEGIN;\n\n");
            for (PlannedStatement statement : plan.statements()) {
                appendStatement(script, statement);
            }
            script.append("COMMIT;\n");
        }
        appendLeftUndone(script, plan);
        return script.toString();
    }

    /**
     * The plan as a migration tool's file (a Flyway {@code V<n>__name.sql}): the same statements as
     * {@link #render}, without {@code BEGIN}/{@code COMMIT}, as the tool runs each file in a transaction
     * of its own. {@code header} lines are written first as comments.
     */
    public static String renderMigration(Plan plan, List<String> header) {
        StringBuilder script = new StringBuilder();
        header.forEach(line -> script.append("-- ").append(comment(line)).append('\n'));
        script.append('\n');
        for (PlannedStatement statement : plan.statements()) {
            appendStatement(script, statement);
        }
        appendLeftUndone(script, plan);
        return script.toString();
    }

    private static void appendStatement(StringBuilder script, PlannedStatement statement) {
        for (Hazard hazard : statement.hazards().isEmpty() ? EnumSet.noneOf(Hazard.class)
                : EnumSet.copyOf(statement.hazards())) {
            script.append("-- hazard: ").append(hazard.name()).append(": ").append(hazard.description()).append('\n');
        }
        if (statement.tolerateViolations()) {
            script.append("-- rows that violate the constraint leave it NOT VALID instead of failing the script\n")
                    .append(String.format(TOLERANT_VALIDATION, statement.sql(), literal(statement.violationCountSql())));
        } else {
            script.append(statement.sql());
        }
        script.append(";\n\n");
    }

    private static void appendLeftUndone(StringBuilder script, Plan plan) {
        if (plan.findings().isEmpty()) {
            return;
        }
        script.append("\n-- Reported, not changed by this script:\n");
        for (Finding finding : plan.findings()) {
            script.append("-- ").append(comment(describe(finding))).append('\n');
            for (FollowUp followUp : plan.followUps()) {
                if (followUp.finding().equals(finding)) {
                    script.append("--   ").append(comment(followUp.advice())).append('\n');
                    followUp.sql().forEach(sql -> script.append("--     ").append(comment(sql)).append(";\n"));
                }
            }
        }
    }

    /** {@code kind schema.table[.column]: expected X, found Y (Entity.attribute)}. */
    private static String describe(Finding finding) {
        StringBuilder text = new StringBuilder(finding.kind().jsonName()).append(' ').append(finding.table());
        if (finding.column() != null) {
            text.append('.').append(finding.column());
        }
        List<String> parts = new ArrayList<>();
        if (finding.expected() != null) {
            parts.add("expected " + finding.expected());
        }
        parts.add(finding.actual() == null ? "found none" : "found " + finding.actual());
        text.append(": ").append(String.join(", ", parts));
        if (finding.origin() != null) {
            text.append(" (").append(finding.origin()).append(')');
        }
        return text.toString();
    }

    /** One comment line: a line break in an expression would end the comment and run the rest. */
    private static String comment(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    private static String literal(String text) {
        return text == null ? "'unknown'" : "'" + text.replace("'", "''") + "'";
    }
}
