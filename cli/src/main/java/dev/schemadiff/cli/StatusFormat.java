package dev.schemadiff.cli;

import dev.schemadiff.api.PlanResult;
import dev.schemadiff.history.Gap;
import dev.schemadiff.history.MigrationEntry;
import dev.schemadiff.history.StatusReport;
import dev.schemadiff.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code status --format}: a text report, Markdown for a pull request or a ticket, or stable JSON. */
enum StatusFormat {
    TEXT,
    MARKDOWN,
    JSON;

    String render(StatusReport report) {
        return switch (this) {
            case TEXT -> text(report);
            case MARKDOWN -> markdown(report);
            case JSON -> Json.write(json(report));
        };
    }

    private static String text(StatusReport report) {
        StringBuilder out = new StringBuilder();
        line(out, "connected to database " + report.server().database() + " as " + report.server().user()
                + " (PostgreSQL " + report.server().serverVersion() + ")");
        line(out, report.tool() + " history table " + report.historyTable() + ": "
                + (report.historyTables().contains(report.historyTable()) ? "present" : "absent")
                + (report.historyTables().isEmpty() ? "" : "; history tables found: " + String.join(", ", report.historyTables())));
        line(out, "migrations: " + counts(report));
        for (MigrationEntry entry : report.migrations()) {
            line(out, String.format(Locale.ROOT, "  %-18s %-17s %s%s", label(report, entry.version()),
                    name(entry.status()), entry.description(), entry.detail().isEmpty() ? "" : " (" + entry.detail() + ")"));
        }
        if (report.heads().size() > 1) {
            line(out, "heads: " + String.join(", ", report.heads()));
        }
        report.notes().forEach(note -> line(out, "note: " + note));
        if (!report.presentVersions().isEmpty()) {
            line(out, "already in the database, in whole or in part (recover records them as applied): "
                    + String.join(", ", report.presentVersions().stream().map(version -> label(report, version)).toList()));
        }
        if (!report.gaps().isEmpty()) {
            line(out, "the database lacks, of the schema the migrations make:");
            report.gaps().forEach(gap -> line(out, "  - " + gap));
        }
        PlanResult drift = report.entityDrift();
        if (drift != null) {
            List<PlannedChange> changes = PlannedChange.of(drift.plan());
            line(out, "entities: " + (changes.isEmpty() && drift.plan().findings().isEmpty() ? "in step"
                    : CommandSteps.count(changes.size(), "change") + " pending, "
                            + CommandSteps.count(drift.plan().findings().size(), "finding")));
            changes.forEach(change -> line(out, "  + " + ChangeText.describe(change.change())));
            drift.plan().findings().forEach(finding -> line(out, "  ! " + ChangeText.describe(finding)));
        }
        if (report.missingPrivileges().isEmpty()) {
            line(out, "privileges: user " + report.server().user() + " may do what a recover needs");
        } else {
            line(out, "privileges: user " + report.server().user() + " lacks what a recover needs:");
            report.missingPrivileges().forEach(problem -> line(out, "  - " + problem));
        }
        line(out, "state: " + report.state() + ": " + report.state().advice());
        return out.toString();
    }

    private static String markdown(StatusReport report) {
        StringBuilder out = new StringBuilder();
        line(out, "# Migration status: " + report.state());
        line(out, "");
        String advice = report.state().advice();
        line(out, advice.substring(0, 1).toUpperCase(Locale.ROOT) + advice.substring(1) + ".");
        line(out, "");
        line(out, "- Database `" + report.server().database() + "` as `" + report.server().user() + "`, PostgreSQL "
                + report.server().serverVersion());
        line(out, "- " + report.tool() + " history table `" + report.historyTable() + "`: "
                + (report.historyTables().contains(report.historyTable()) ? "present" : "absent"));
        line(out, "- Migrations: " + counts(report));
        line(out, "");
        line(out, "| migration | status | description | detail |");
        line(out, "|---|---|---|---|");
        for (MigrationEntry entry : report.migrations()) {
            line(out, "| `" + label(report, entry.version()) + "` | " + name(entry.status()) + " | "
                    + cell(entry.description()) + " | " + cell(entry.detail()) + " |");
        }
        section(out, "Notes", report.notes());
        section(out, "Already in the database (recover records them as applied)",
                report.presentVersions().stream().map(version -> "`" + label(report, version) + "`").toList());
        section(out, "What the database lacks of the migrations' schema",
                report.gaps().stream().map(gap -> "`" + gap.object() + "`: " + gap.problem()).toList());
        PlanResult drift = report.entityDrift();
        if (drift != null) {
            List<String> lines = new ArrayList<>();
            PlannedChange.of(drift.plan()).forEach(change -> lines.add("add: " + ChangeText.describe(change.change())));
            drift.plan().findings().forEach(finding -> lines.add("finding: " + ChangeText.describe(finding)));
            section(out, "Against the entities", lines.isEmpty() ? List.of("in step") : lines);
        }
        section(out, "Privileges", report.missingPrivileges().isEmpty()
                ? List.of("`" + report.server().user() + "` may do what a recover needs") : report.missingPrivileges());
        return out.toString();
    }

    private static Map<String, Object> json(StatusReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", 1);
        root.put("state", report.state().name().toLowerCase(Locale.ROOT));
        root.put("actionNeeded", report.state().actionNeeded());
        root.put("advice", report.state().advice());
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("database", report.server().database());
        server.put("user", report.server().user());
        server.put("version", report.server().serverVersion());
        root.put("server", server);
        root.put("tool", report.tool().toLowerCase(Locale.ROOT));
        root.put("historyTable", report.historyTable());
        root.put("historyTables", report.historyTables());
        List<Object> migrations = new ArrayList<>();
        for (MigrationEntry entry : report.migrations()) {
            Map<String, Object> migration = new LinkedHashMap<>();
            migration.put("version", entry.version());
            migration.put("description", entry.description());
            migration.put("status", entry.status().name().toLowerCase(Locale.ROOT));
            migration.put("detail", entry.detail());
            migrations.add(migration);
        }
        root.put("migrations", migrations);
        root.put("heads", report.heads());
        root.put("presentVersions", report.presentVersions());
        List<Object> gaps = new ArrayList<>();
        for (Gap gap : report.gaps()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("object", gap.object());
            entry.put("problem", gap.problem());
            gaps.add(entry);
        }
        root.put("gaps", gaps);
        PlanResult drift = report.entityDrift();
        if (drift != null) {
            Map<String, Object> entities = new LinkedHashMap<>();
            entities.put("changes", PlannedChange.of(drift.plan()).stream()
                    .map(change -> ChangeText.describe(change.change())).toList());
            entities.put("findings", drift.plan().findings().stream().map(ChangeText::describe).toList());
            root.put("entities", entities);
        } else {
            root.put("entities", null);
        }
        root.put("missingPrivileges", report.missingPrivileges());
        root.put("notes", report.notes());
        return root;
    }

    private static String counts(StatusReport report) {
        List<String> parts = new ArrayList<>();
        for (MigrationEntry.Status status : MigrationEntry.Status.values()) {
            int count = report.migrations(status).size();
            if (count > 0) {
                parts.add(count + " " + name(status));
            }
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /** How a version is written in the tool's own terms: Flyway's {@code V2}, others as they are. */
    static String label(String tool, String version) {
        return "Flyway".equals(tool) ? "V" + version : version;
    }

    private static String label(StatusReport report, String version) {
        return label(report.tool(), version);
    }

    private static String name(MigrationEntry.Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        line(out, "");
        line(out, "## " + title);
        line(out, "");
        lines.forEach(text -> line(out, "- " + text));
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append(System.lineSeparator());
    }
}
