package dev.schemadiff.cli;

import dev.schemadiff.emit.SqlScript;
import dev.schemadiff.history.CheckReport;
import dev.schemadiff.history.Disagreement;
import dev.schemadiff.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code check --format}: text for a terminal or a build log, Markdown for a pull request, or stable JSON.
 * Text marks each disagreement by direction: {@code -} the migrations lack it, {@code ~} they make it
 * differently, {@code +} they make it and no entity maps it.
 */
enum CheckFormat {
    TEXT,
    MARKDOWN,
    JSON;

    String render(CheckReport report) {
        return switch (this) {
            case TEXT -> text(report);
            case MARKDOWN -> markdown(report);
            case JSON -> Json.write(json(report));
        };
    }

    private static String text(CheckReport report) {
        StringBuilder out = new StringBuilder(summary(report)).append('\n');
        for (Disagreement disagreement : report.disagreements()) {
            out.append(marker(disagreement.kind())).append(' ').append(disagreement).append('\n');
        }
        return out.toString();
    }

    private static String markdown(CheckReport report) {
        StringBuilder out = new StringBuilder("## schemadiff check\n\n").append(summary(report)).append('\n');
        if (report.agrees()) {
            return out.toString();
        }
        out.append("\n| | Entity | Database | Disagreement |\n|---|---|---|---|\n");
        for (Disagreement disagreement : report.disagreements()) {
            out.append("| ").append(heading(disagreement.kind())).append(" | ")
                    .append(disagreement.mapping() == null ? "" : code(disagreement.mapping())).append(" | ")
                    .append(code(disagreement.object())).append(" | ").append(cell(disagreement.detail())).append(" |\n");
        }
        if (report.missing().hasStatements()) {
            out.append("\n<details><summary>SQL that creates what no migration creates (")
                    .append("<code>check --write-migration DIR</code> writes it)</summary>\n\n```sql\n")
                    .append(SqlScript.renderMigration(report.missing(), List.of()).strip()).append("\n```\n\n</details>\n");
        }
        return out.toString();
    }

    private static Map<String, Object> json(CheckReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tool", report.tool());
        json.put("replayed", report.replayed());
        json.put("agrees", report.agrees());
        json.put("disagreements", report.disagreements().stream().map(CheckFormat::json).toList());
        json.put("missingSql", report.missing().hasStatements()
                ? SqlScript.renderMigration(report.missing(), List.of()).strip() : null);
        return json;
    }

    private static Map<String, Object> json(Disagreement disagreement) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", disagreement.kind().jsonName());
        json.put("mapping", disagreement.mapping());
        json.put("object", disagreement.object());
        json.put("detail", disagreement.detail());
        json.put("text", disagreement.toString());
        return json;
    }

    private static String summary(CheckReport report) {
        String replayed = "The " + report.tool() + " migrations (" + CommandSteps.count(report.replayed().size(),
                "migration") + " replayed)";
        String entities = "the entities (" + CommandSteps.count(report.entityCount(), "table") + ")";
        return report.agrees() ? replayed + " build exactly what " + entities + " map"
                : replayed + " disagree with " + entities + ": " + CommandSteps.count(report.disagreements().size(),
                        "disagreement");
    }

    private static String marker(Disagreement.Kind kind) {
        return switch (kind) {
            case NOT_CREATED -> "-";
            case MISMATCH -> "~";
            case NOT_MAPPED -> "+";
        };
    }

    private static String heading(Disagreement.Kind kind) {
        return switch (kind) {
            case NOT_CREATED -> "not created";
            case MISMATCH -> "mismatch";
            case NOT_MAPPED -> "not mapped";
        };
    }

    private static String code(String text) {
        return "`" + text.replace("`", "'").replace("|", "\\|") + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
