package dev.schemadiff.review.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changing a column from one canonical PostgreSQL type to another costs. PostgreSQL changes a type
 * in place (catalog only) when the old values need no conversion: a longer or unbounded
 * {@code character varying}, {@code text} from {@code character varying}, a larger numeric precision
 * with the same scale. Everything else rewrites the table; a type that holds fewer values narrows.
 */
public enum TypeChange {
    /** Catalog-only: no rewrite, every value fits. */
    IN_PLACE,
    /** Every value fits, but the table is rewritten. */
    REWRITE,
    /** Some values may not fit. */
    NARROWING;

    private static final Pattern MODIFIED = Pattern.compile("^([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?$");
    private static final List<List<String>> WIDENING_ORDER = List.of(
            List.of("smallint", "integer", "bigint", "numeric"),
            List.of("real", "double precision"),
            List.of("character varying", "text"),
            List.of("date", "timestamp without time zone"));

    /** Classifies {@code before -> after}; both canonical and different. */
    public static TypeChange of(String before, String after) {
        Matcher from = MODIFIED.matcher(before);
        Matcher to = MODIFIED.matcher(after);
        if (!from.matches() || !to.matches()) {
            return REWRITE;
        }
        String fromBase = from.group(1);
        String toBase = to.group(1);
        if (fromBase.equals(toBase)) {
            return sameBase(fromBase, length(from, 2), length(from, 3), length(to, 2), length(to, 3));
        }
        if (fromBase.equals("character varying") && toBase.equals("text")) {
            return IN_PLACE;
        }
        for (List<String> order : WIDENING_ORDER) {
            int fromRank = order.indexOf(fromBase);
            int toRank = order.indexOf(toBase);
            if (fromRank >= 0 && toRank >= 0) {
                return toRank > fromRank ? REWRITE : NARROWING;
            }
        }
        // text, json, uuid, timestamps... into another family: a cast may fail on some values
        return toBase.equals("text") ? REWRITE : NARROWING;
    }

    /** Unbounded is {@link Integer#MAX_VALUE}. */
    private static int length(Matcher matcher, int group) {
        String value = matcher.group(group);
        return value == null ? Integer.MAX_VALUE : Integer.parseInt(value);
    }

    private static TypeChange sameBase(String base, int fromLength, int fromScale, int toLength, int toScale) {
        if (base.equals("numeric")) {
            if (fromScale != toScale) {
                return toScale > fromScale && toLength - toScale >= fromLength - fromScale ? REWRITE : NARROWING;
            }
            return toLength >= fromLength ? IN_PLACE : NARROWING;
        }
        if (toLength < fromLength) {
            return NARROWING;
        }
        // varchar and varbit grow in place; character(n) pads, so a longer one rewrites
        return base.equals("character varying") || base.equals("bit varying") ? IN_PLACE : REWRITE;
    }
}
