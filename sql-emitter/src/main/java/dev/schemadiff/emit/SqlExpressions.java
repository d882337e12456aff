package dev.schemadiff.emit;

import java.util.Optional;

/**
 * Checks that user-supplied SQL text is one expression before the emitter wraps it in a statement, as
 * {@code UPDATE t SET c = (<value>) WHERE c IS NULL} does with a {@code --fill} value. Without the check,
 * {@code 'x'); DELETE FROM users; --} would run a second statement in the apply transaction, and
 * {@code 'x'), other = ('y'} would overwrite a column the user never named.
 *
 * <p>The check is lexical, as PostgreSQL's scanner reads the text: outside string constants
 * ({@code '...'}, {@code E'...'}), quoted identifiers ({@code "..."}) and dollar quotes ({@code $tag$...$tag$}),
 * it rejects {@code ;}, comments and parentheses that do not balance. What the expression means (its
 * type, whether it calls a function with side effects) is left to the server, inside the transaction.
 */
public final class SqlExpressions {
    private SqlExpressions() {
    }

    /** Why {@code sql} is not one expression, or empty when it is. */
    public static Optional<String> whyNotOneExpression(String sql) {
        if (sql.isBlank()) {
            return Optional.of("it is empty");
        }
        int depth = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                boolean escapes = i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                        && (i == 1 || !isIdentifierChar(sql.charAt(i - 2)));
                i = endOfString(sql, i, escapes);
            } else if (c == '"') {
                i = endOfQuotedIdentifier(sql, i);
            } else if (c == '$' && (i == 0 || !isIdentifierChar(sql.charAt(i - 1)))) {
                i = endOfDollarQuote(sql, i);
            } else if (sql.startsWith("--", i) || sql.startsWith("/*", i)) {
                return Optional.of("it holds a comment");
            } else if (c == ';') {
                return Optional.of("it holds a ';', which would end the statement");
            } else {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth < 0) {
                    return Optional.of("it closes a parenthesis it did not open");
                }
                i++;
            }
            if (i < 0) {
                return Optional.of("a quote in it is not closed");
            }
        }
        return depth == 0 ? Optional.empty() : Optional.of("a parenthesis in it is not closed");
    }

    /** The index after the string constant that starts at {@code start}, or -1 when it is not closed. */
    private static int endOfString(String sql, int start, boolean backslashEscapes) {
        for (int i = start + 1; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i++;
            } else if (c == '\'') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /** The index after the quoted identifier that starts at {@code start}, or -1 when it is not closed. */
    private static int endOfQuotedIdentifier(String sql, int start) {
        for (int i = start + 1; i < sql.length(); i++) {
            if (sql.charAt(i) == '"') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '"') {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /**
     * The index after the dollar quote that starts at {@code start}; {@code start + 1} when the
     * {@code $} starts none (a positional parameter such as {@code $1} is left to the server to reject);
     * -1 when it is not closed.
     */
    private static int endOfDollarQuote(String sql, int start) {
        int tagEnd = start + 1;
        while (tagEnd < sql.length() && isIdentifierChar(sql.charAt(tagEnd)) && sql.charAt(tagEnd) != '$') {
            tagEnd++;
        }
        boolean validTag = tagEnd < sql.length() && sql.charAt(tagEnd) == '$'
                && (tagEnd == start + 1 || !Character.isDigit(sql.charAt(start + 1)));
        if (!validTag) {
            return start + 1;
        }
        String tag = sql.substring(start, tagEnd + 1);
        int close = sql.indexOf(tag, tagEnd + 1);
        return close < 0 ? -1 : close + tag.length();
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 0x80;
    }
}
