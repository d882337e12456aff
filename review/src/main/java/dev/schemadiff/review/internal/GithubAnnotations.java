package dev.schemadiff.review.internal;

import dev.schemadiff.review.Hazard;
import dev.schemadiff.review.HazardCode;
import dev.schemadiff.review.HazardLevel;
import dev.schemadiff.review.ReviewEntry;
import dev.schemadiff.review.ReviewReport;
import dev.schemadiff.review.SourceLocation;
import java.util.Set;

/**
 * {@code --format github}: one GitHub Actions workflow command per hazard, which the runner turns into an
 * annotation on {@code Entity.java:line} of the pull request's diff. Error hazards that are not allowed
 * become {@code ::error}, other errors and warnings {@code ::warning}, notes {@code ::notice}; a change
 * without hazards gets a {@code ::notice} so that every schema change shows next to its code.
 */
public final class GithubAnnotations {
    private GithubAnnotations() {
    }

    public static String render(ReviewReport report, Set<HazardCode> allowed) {
        StringBuilder out = new StringBuilder();
        for (ReviewEntry entry : report.entries()) {
            String change = entry.change().subject() + ": " + entry.change().summary();
            if (entry.hazards().isEmpty()) {
                command(out, "notice", entry.location(), "schemadiff: schema change", change);
            }
            for (Hazard hazard : entry.hazards()) {
                HazardLevel level = hazard.code().level();
                String kind = level == HazardLevel.ERROR && !allowed.contains(hazard.code()) ? "error"
                        : level == HazardLevel.INFO ? "notice" : "warning";
                command(out, kind, entry.location(), "schemadiff " + hazard.code().code(), change + ". "
                        + capitalized(hazard.code().reason()) + (hazard.detail().isEmpty() ? "" : " (" + hazard.detail() + ")")
                        + ". Safer: " + hazard.code().saferAlternative() + ".");
            }
        }
        return out.toString();
    }

    private static void command(StringBuilder out, String kind, SourceLocation location, String title, String message) {
        out.append("::").append(kind).append(' ');
        if (location != null) {
            out.append("file=").append(property(location.file())).append(",line=").append(location.line()).append(',');
        }
        out.append("title=").append(property(title)).append("::").append(data(message)).append('\n');
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Escapes a message as the runner expects: {@code %}, CR and LF. */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value: also {@code :} and {@code ,}, which would end it. */
    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
