package dev.schemadiff.review.internal;

import dev.schemadiff.review.Hazard;
import dev.schemadiff.review.HazardCode;
import dev.schemadiff.review.HazardLevel;
import dev.schemadiff.review.MigrationFile;
import dev.schemadiff.review.ReviewEntry;
import dev.schemadiff.review.ReviewReport;
import dev.schemadiff.schema.QualifiedName;
import java.util.Set;

/**
 * {@code --format text}: for a terminal, in the CLI's line style ({@code + add ...}, {@code ! finding}).
 * Colours (errors red, warnings yellow, notes dim) only when the caller says stdout is a terminal.
 */
public final class TextReport {
    private static final String RESET = "\u001b[0m";

    private TextReport() {
    }

    public static String render(ReviewReport report, Set<HazardCode> allowed, boolean colour) {
        StringBuilder out = new StringBuilder("schemadiff review: ").append(report.base()).append(" -> ")
                .append(report.head()).append('\n');
        QualifiedName current = null;
        for (ReviewEntry entry : report.entries()) {
            if (!entry.change().subject().equals(current)) {
                current = entry.change().subject();
                out.append(bold(current.toString(), colour)).append('\n');
            }
            out.append("  ").append(Kinds.marker(entry.change())).append(' ').append(entry.change().summary());
            if (entry.location() != null) {
                out.append("  (").append(entry.location()).append(')');
            }
            out.append('\n');
            for (Hazard hazard : entry.hazards()) {
                String line = "    ! " + hazard.code().level().label() + " " + hazard.code().code()
                        + (allowed.contains(hazard.code()) ? " (allowed)" : "")
                        + (hazard.detail().isEmpty() ? "" : " " + hazard.detail()) + ": " + hazard.code().reason()
                        + "; instead: " + hazard.code().saferAlternative();
                out.append(paint(line, hazard.code().level(), colour)).append('\n');
                hazard.sql().forEach(sql -> out.append("        ").append(sql).append(";\n"));
            }
        }
        for (MigrationFile file : report.migrations()) {
            out.append("migration ").append(file.status().label()).append(": ").append(file.path()).append('\n');
        }
        out.append(report.entries().size()).append(report.entries().size() == 1 ? " change, " : " changes, ")
                .append(report.count(HazardLevel.ERROR)).append(" errors, ")
                .append(report.count(HazardLevel.WARNING)).append(" warnings, ")
                .append(report.count(HazardLevel.INFO)).append(" notes");
        int blocking = report.blockingHazards(allowed).size();
        if (blocking > 0) {
            out.append("; ").append(blocking).append(" blocking (allow with --allow-hazard CODE)");
        }
        return out.append('\n').toString();
    }

    private static String paint(String line, HazardLevel level, boolean colour) {
        if (!colour) {
            return line;
        }
        String code = switch (level) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[2m";
        };
        return code + line + RESET;
    }

    private static String bold(String text, boolean colour) {
        return colour ? "\u001b[1m" + text + RESET : text;
    }
}
