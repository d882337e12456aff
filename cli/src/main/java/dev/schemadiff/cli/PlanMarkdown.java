package dev.schemadiff.cli;

import dev.schemadiff.api.PlanResult;
import dev.schemadiff.emit.FollowUp;
import dev.schemadiff.emit.Hazard;
import dev.schemadiff.emit.Plan;
import dev.schemadiff.emit.PlannedStatement;
import dev.schemadiff.schema.Provenance;
import dev.schemadiff.schema.change.CreateTable;
import dev.schemadiff.schema.change.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The {@code plan --format markdown} report, for a pull request or a reviewer: a summary table, then
 * one section per table with its changes (SQL in fenced blocks, hazards, the entity they come from)
 * and its findings. Schemas and sequences come first, in a section of their own.
 */
final class PlanMarkdown {
    private static final String SCHEMAS_AND_SEQUENCES = "Schemas and sequences";

    private PlanMarkdown() {
    }

    static String render(PlanResult result, Provenance provenance) {
        Plan plan = result.plan();
        List<PlannedChange> changes = PlannedChange.of(plan);
        StringBuilder md = new StringBuilder("# schemadiff plan\n\n");
        if (changes.isEmpty() && plan.findings().isEmpty()) {
            md.append("Nothing to do: the database matches the entities.\n\n");
        } else {
            summary(md, changes, plan);
        }
        md.append("Catalog fingerprint: `").append(result.catalogFingerprint()).append("`\n");

        Map<String, List<PlannedChange>> changesBySection = changes.stream().collect(Collectors.groupingBy(
                c -> section(ChangeText.subject(c.change()).table()), TreeMap::new, Collectors.toList()));
        Map<String, List<Finding>> findingsBySection = plan.findings().stream().collect(Collectors.groupingBy(
                f -> f.table().toString(), TreeMap::new, Collectors.toList()));
        List<String> sections = new ArrayList<>();
        if (changesBySection.containsKey(SCHEMAS_AND_SEQUENCES)) {
            sections.add(SCHEMAS_AND_SEQUENCES);
        }
        TreeSet<String> tables = new TreeSet<>(changesBySection.keySet());
        tables.addAll(findingsBySection.keySet());
        tables.remove(SCHEMAS_AND_SEQUENCES);
        sections.addAll(tables);

        for (String section : sections) {
            md.append("\n## ").append(section).append('\n');
            entity(section, provenance).ifPresent(entity -> md.append("\nEntity: `").append(entity).append("`\n"));
            for (PlannedChange change : changesBySection.getOrDefault(section, List.of())) {
                change(md, change, provenance);
            }
            List<Finding> findings = findingsBySection.getOrDefault(section, List.of());
            if (!findings.isEmpty()) {
                findings(md, findings, plan);
            }
        }
        return md.toString();
    }

    private static void summary(StringBuilder md, List<PlannedChange> changes, Plan plan) {
        md.append("| Change | Count |\n|---|---:|\n");
        changes.stream().collect(Collectors.groupingBy(c -> c.change().kind(), TreeMap::new, Collectors.counting()))
                .forEach((kind, count) -> md.append("| ").append(kind.jsonName()).append(" | ").append(count)
                        .append(" |\n"));
        md.append("| **changes** | **").append(changes.size()).append("** |\n");
        md.append("| statements | ").append(plan.statements().size()).append(" |\n");
        md.append("| findings | ").append(plan.findings().size()).append(" |\n\n");
    }

    private static void change(StringBuilder md, PlannedChange planned, Provenance provenance) {
        md.append("\n### ").append(ChangeText.describe(planned.change())).append("\n\n");
        String origin = PlanJson.origin(planned.change(), provenance);
        // A created table's entity already heads its section.
        if (origin != null && !(planned.change() instanceof CreateTable)) {
            md.append("From `").append(origin).append("`.\n\n");
        }
        for (Hazard hazard : planned.hazards()) {
            md.append("> **Hazard:** ").append(hazard.description()).append("\n\n");
        }
        sqlBlock(md, planned.statements().stream().map(PlannedStatement::sql).toList());
    }

    private static void findings(StringBuilder md, List<Finding> findings, Plan plan) {
        md.append("\n### Findings\n\n| Kind | Column | Entities want | Database has | From |\n|---|---|---|---|---|\n");
        for (Finding finding : findings) {
            md.append("| ").append(finding.kind().jsonName())
                    .append(" | ").append(cell(finding.column()))
                    .append(" | ").append(cell(finding.expected()))
                    .append(" | ").append(cell(finding.actual()))
                    .append(" | ").append(cell(finding.origin() == null ? null : finding.origin().toString()))
                    .append(" |\n");
        }
        for (Finding finding : findings) {
            for (FollowUp fix : PlanJson.followUpsOf(finding, plan.followUps())) {
                md.append("\nFollow-up for ").append(finding.kind().jsonName()).append(" on `")
                        .append(ChangeText.location(finding.table(), finding.column()))
                        .append("` (not run by schemadiff): ").append(fix.advice()).append("\n\n");
                sqlBlock(md, fix.sql());
            }
        }
    }

    private static void sqlBlock(StringBuilder md, List<String> statements) {
        md.append("```sql\n");
        statements.forEach(sql -> md.append(sql).append(";\n"));
        md.append("```\n");
    }

    private static String section(String table) {
        return table == null ? SCHEMAS_AND_SEQUENCES : table;
    }

    private static Optional<String> entity(String section, Provenance provenance) {
        return provenance.tables().entrySet().stream().filter(e -> e.getKey().toString().equals(section))
                .map(Map.Entry::getValue).findFirst();
    }

    /** A table cell: code, pipes escaped, line breaks flattened; absent values as an em dash. */
    private static String cell(String text) {
        if (text == null) {
            return "—";
        }
        String flat = text.replace("|", "\\|").replaceAll("\\R", " ");
        // A code span holding a backtick needs a longer delimiter.
        return flat.contains("`") ? "`` " + flat + " ``" : "`" + flat + "`";
    }
}
