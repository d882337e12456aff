package dev.schemadiff.review;

import dev.schemadiff.review.internal.GithubAnnotations;
import dev.schemadiff.review.internal.JsonReport;
import dev.schemadiff.review.internal.MarkdownReport;
import dev.schemadiff.review.internal.TextReport;
import java.util.Set;

/** How a {@link ReviewReport} is written. */
public enum ReviewFormat {
    /** A pull request comment: summary table, a section per table, SQL in a collapsible block; under 65,536 characters. */
    MARKDOWN,
    /** A stable document for tools; its shape is documented in the README. */
    JSON,
    /** For a terminal; coloured only when asked (a TTY). */
    TEXT,
    /** GitHub Actions workflow commands ({@code ::error file=...,line=...::}) that annotate the pull request's diff. */
    GITHUB;

    /**
     * Renders a report.
     *
     * @param allowed hazard codes allowed with {@code --allow-hazard}: shown as allowed, not blocking
     * @param colour  ANSI colours, for {@link #TEXT} on a terminal only
     */
    public String render(ReviewReport report, Set<HazardCode> allowed, boolean colour) {
        return switch (this) {
            case MARKDOWN -> MarkdownReport.render(report, allowed, MarkdownReport.COMMENT_LIMIT);
            case JSON -> JsonReport.render(report, allowed);
            case TEXT -> TextReport.render(report, allowed, colour);
            case GITHUB -> GithubAnnotations.render(report, allowed);
        };
    }
}
