package dev.schemadiff.review.internal;

import dev.schemadiff.review.Hazard;
import dev.schemadiff.review.HazardCode;
import dev.schemadiff.review.HazardLevel;
import dev.schemadiff.review.MigrationFile;
import dev.schemadiff.review.ReviewEntry;
import dev.schemadiff.review.ReviewReport;
import dev.schemadiff.schema.QualifiedName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code --format markdown}: a pull request comment. A summary table first, then a section per table or
 * sequence with its changes, hazards and the SQL in a collapsible block. Sections are added whole while
 * they fit under the limit (GitHub rejects comments over 65,536 characters); the rest is named in a
 * truncation note.
 */
public final class MarkdownReport {
    /** GitHub's limit on a comment body, in characters. */
    public static final int COMMENT_LIMIT = 65_536;
    /** Room kept for the truncation note and the footer. */
    private static final int RESERVE = 600;

    private MarkdownReport() {
    }

    public static String render(ReviewReport report, Set<HazardCode> allowed, int limit) {
        Map<QualifiedName, List<ReviewEntry>> bySubject = new LinkedHashMap<>();
        report.entries().forEach(entry -> bySubject.computeIfAbsent(entry.change().subject(), s -> new java.util.ArrayList<>())
                .add(entry));
        // tables whose only SQL comes from the plan (none without a change) still get a section
        new TreeSet<>(report.sql().keySet()).forEach(name -> bySubject.putIfAbsent(name, List.of()));

        StringBuilder out = new StringBuilder();
        out.append("## schemadiff review: `").append(report.base()).append("` \u2192 `").append(report.head()).append("`\n\n");
        if (report.entries().isEmpty() && report.migrations().isEmpty()) {
            out.append("No schema change: the entities at head need the same schema as at base.\n");
            return out.toString();
        }
        out.append(headline(report, allowed)).append("\n\n");
        if (!bySubject.isEmpty()) {
            out.append("| Table or sequence | Changes | Hazards |\n|---|---|---|\n");
            bySubject.forEach((subject, entries) -> out.append("| `").append(subject).append("` | ")
                    .append(entries.size()).append(" | ").append(hazardCounts(entries)).append(" |\n"));
            out.append('\n');
        }
        if (!report.migrations().isEmpty()) {
            out.append("**Migration files**\n\n");
            for (MigrationFile file : report.migrations()) {
                out.append("- `").append(file.path()).append("` (").append(file.status().label()).append(")\n");
            }
            out.append('\n');
        }
        int shown = 0;
        for (Map.Entry<QualifiedName, List<ReviewEntry>> subject : bySubject.entrySet()) {
            String section = section(subject.getKey(), subject.getValue(), report.sql().get(subject.getKey()), allowed);
            if (out.length() + section.length() > limit - RESERVE) {
                break;
            }
            out.append(section);
            shown++;
        }
        if (shown < bySubject.size()) {
            int left = bySubject.size() - shown;
            out.append("> **Truncated:** ").append(left).append(left == 1 ? " more table is" : " more tables are")
                    .append(" not shown, to stay under GitHub's ").append(String.format(java.util.Locale.ROOT, "%,d", COMMENT_LIMIT))
                    .append("-character comment limit. Run `schemadiff review --format text` (or `--format json`)"
                            + " for the whole review.\n\n");
        }
        if (!report.warnings().isEmpty()) {
            out.append("<details><summary>").append(report.warnings().size())
                    .append(" source reader warnings</summary>\n\n");
            report.warnings().stream().limit(20).forEach(w -> out.append("- ").append(escape(w)).append('\n'));
            out.append("\n</details>\n\n");
        }
        out.append("<sub>schemadiff review \u00b7 hazards: \u26d4 error (fails the check unless `--allow-hazard CODE`),"
                + " \u26a0\ufe0f warning, \u2139\ufe0f info</sub>\n");
        return out.toString();
    }

    private static String headline(ReviewReport report, Set<HazardCode> allowed) {
        StringBuilder text = new StringBuilder("**").append(report.entries().size())
                .append(report.entries().size() == 1 ? " schema change" : " schema changes").append("**");
        text.append(": ").append(count(report.count(HazardLevel.ERROR), "error")).append(", ")
                .append(count(report.count(HazardLevel.WARNING), "warning")).append(", ")
                .append(count(report.count(HazardLevel.INFO), "note")).append('.');
        List<String> blocking = report.blockingHazards(allowed).stream().map(h -> "`" + h.code().code() + "`")
                .distinct().toList();
        if (!blocking.isEmpty()) {
            text.append(" \u26d4 Blocking: ").append(String.join(", ", blocking)).append('.');
        }
        return text.toString();
    }

    private static String hazardCounts(List<ReviewEntry> entries) {
        List<String> parts = new java.util.ArrayList<>();
        for (HazardLevel level : HazardLevel.values()) {
            long count = entries.stream().flatMap(e -> e.hazards().stream()).filter(h -> h.code().level() == level).count();
            if (count > 0) {
                parts.add(icon(level) + " " + count(count, level.label()));
            }
        }
        return parts.isEmpty() ? "\u2014" : String.join(", ", parts);
    }

    private static String section(QualifiedName subject, List<ReviewEntry> entries, List<String> sql, Set<HazardCode> allowed) {
        StringBuilder out = new StringBuilder("### `").append(subject).append("`\n\n");
        for (ReviewEntry entry : entries) {
            out.append("- ").append(Kinds.marker(entry.change())).append(' ').append(escape(entry.change().summary()));
            if (entry.origin() != null) {
                out.append(" \u2014 `").append(entry.origin()).append('`');
            }
            if (entry.location() != null) {
                out.append(" (`").append(entry.location()).append("`)");
            }
            out.append('\n');
            for (Hazard hazard : entry.hazards()) {
                out.append("  - ").append(icon(hazard.code().level())).append(" **`").append(hazard.code().code())
                        .append("`** ").append(hazard.code().level().label());
                if (allowed.contains(hazard.code())) {
                    out.append(" (allowed)");
                }
                if (!hazard.detail().isEmpty()) {
                    out.append(", ").append(escape(hazard.detail()));
                }
                out.append(": ").append(escape(hazard.code().reason())).append(". *Safer:* ")
                        .append(escape(hazard.code().saferAlternative())).append('.').append('\n');
                if (!hazard.sql().isEmpty()) {
                    out.append("\n    ```sql\n");
                    hazard.sql().forEach(statement -> out.append("    ").append(statement).append(";\n"));
                    out.append("    ```\n\n");
                }
            }
        }
        if (sql != null && !sql.isEmpty()) {
            out.append("\n<details><summary>SQL at head (").append(sql.size())
                    .append(sql.size() == 1 ? " statement" : " statements").append(")</summary>\n\n```sql\n");
            sql.forEach(statement -> out.append(statement).append(";\n"));
            out.append("```\n\n</details>\n");
        }
        return out.append('\n').toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String icon(HazardLevel level) {
        return switch (level) {
            case ERROR -> "\u26d4";
            case WARNING -> "\u26a0\ufe0f";
            case INFO -> "\u2139\ufe0f";
        };
    }

    /** Keeps check expressions and defaults from turning into Markdown or HTML. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("<", "&lt;")
                .replace("|", "\\|").replace("`", "\\`");
    }
}
