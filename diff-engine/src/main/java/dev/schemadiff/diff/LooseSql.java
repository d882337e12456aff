package dev.schemadiff.diff;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loose comparison of SQL expressions written by two hands: Hibernate (or the user) on one side,
 * PostgreSQL's deparser on the other, which adds casts, parentheses and its own spelling.
 */
final class LooseSql {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern NUMBER_TOKEN = Pattern.compile("(?<![\\w$\"])-?\\d+(?:\\.\\d+)?(?![\\w$])");
    private static final Pattern COMPARISON = Pattern.compile("[<>]|\\bbetween\\b");
    /** Words that continue a type name after {@code ::}, as in {@code ::character varying}. */
    private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "with", "without", "time", "zone");

    private LooseSql() {
    }

    /**
     * Whether two default expressions mean the same after {@link #normalize}: {@code 'open'::character
     * varying} equals {@code 'open'}, {@code '-1'::integer} equals {@code -1}.
     */
    static boolean sameDefault(String expected, String actual) {
        return actual != null && normalize(expected).equals(normalize(actual));
    }

    /**
     * Whether two check expressions may mean the same. PostgreSQL rewrites {@code status in ('A','B')}
     * as {@code ((status)::text = ANY ((ARRAY['A'::character varying, ...])::text[]))}, so only two
     * shapes are compared: when both quote string literals, the sets of literals; when both compare
     * against numbers, the numbers. Anything else counts as the same.
     */
    static boolean sameCheck(String expected, String actual) {
        List<String> expectedLiterals = textLiterals(expected);
        List<String> actualLiterals = textLiterals(actual);
        if (!expectedLiterals.isEmpty() && !actualLiterals.isEmpty()) {
            return new TreeSet<>(expectedLiterals).equals(new TreeSet<>(actualLiterals));
        }
        String expectedText = normalize(expected);
        String actualText = normalize(actual);
        if (COMPARISON.matcher(expectedText).find() && COMPARISON.matcher(actualText).find()) {
            return numbers(expectedText).equals(numbers(actualText));
        }
        return true;
    }

    /**
     * Drops {@code ::type} casts, grouping parentheses (not those of a function call) and whitespace
     * between symbols, unquotes numeric string literals and lower-cases everything outside quotes.
     */
    static String normalize(String sql) {
        StringBuilder out = new StringBuilder();
        Deque<Boolean> keptParentheses = new ArrayDeque<>();
        boolean spaceBefore = false;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = endOfQuoted(sql, i);
                String quoted = sql.substring(i, end);
                String content = quoted.substring(1, quoted.length() - 1);
                append(out, c == '\'' && NUMBER.matcher(content).matches() ? content : quoted, spaceBefore);
                i = end;
            } else if (c == ':' && sql.startsWith("::", i)) {
                i = endOfTypeName(sql, i + 2);
                continue;
            } else if (c == '(') {
                boolean call = i > 0 && isNameCharacter(sql.charAt(i - 1));
                keptParentheses.push(call);
                if (!call) {
                    i++;
                    continue;
                }
                append(out, "(", spaceBefore);
                i++;
            } else if (c == ')') {
                i++;
                if (!keptParentheses.isEmpty() && !keptParentheses.pop()) {
                    continue;
                }
                append(out, ")", spaceBefore);
            } else if (Character.isWhitespace(c)) {
                i = skipSpaces(sql, i);
                spaceBefore = true;
                continue;
            } else {
                append(out, String.valueOf(Character.toLowerCase(c)), spaceBefore);
                i++;
            }
            spaceBefore = false;
        }
        return out.toString();
    }

    /** Whitespace only matters where it separates two words, as in {@code qty between 1 and 10}. */
    private static void append(StringBuilder out, String text, boolean spaceBefore) {
        if (spaceBefore && out.length() > 0
                && isNameCharacter(out.charAt(out.length() - 1)) && isNameCharacter(text.charAt(0))) {
            out.append(' ');
        }
        out.append(text);
    }

    private static List<String> textLiterals(String sql) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = endOfQuoted(sql, i);
                String content = sql.substring(i + 1, end - 1).replace("''", "'");
                if (c == '\'' && !NUMBER.matcher(content).matches()) {
                    literals.add(content);
                }
                i = end;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static List<BigDecimal> numbers(String normalized) {
        List<BigDecimal> numbers = new ArrayList<>();
        Matcher matcher = NUMBER_TOKEN.matcher(normalized);
        while (matcher.find()) {
            numbers.add(new BigDecimal(matcher.group()).stripTrailingZeros());
        }
        numbers.sort(null);
        return numbers;
    }

    /** The index just past the quoted text starting at {@code start}; a doubled quote is part of it. */
    private static int endOfQuoted(String sql, int start) {
        char quote = sql.charAt(start);
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /** The index just past a type name such as {@code "my type"}, {@code numeric(10,2)} or {@code text[]}. */
    private static int endOfTypeName(String sql, int start) {
        int i = skipSpaces(sql, start);
        if (i < sql.length() && sql.charAt(i) == '"') {
            i = endOfQuoted(sql, i);
        }
        while (i < sql.length() && (isNameCharacter(sql.charAt(i)) || sql.charAt(i) == '.')) {
            i++;
        }
        while (true) {
            int next = skipSpaces(sql, i);
            if (next < sql.length() && (sql.charAt(next) == '(' || sql.charAt(next) == '[')) {
                int close = sql.indexOf(sql.charAt(next) == '(' ? ')' : ']', next);
                i = close < 0 ? sql.length() : close + 1;
                continue;
            }
            int wordEnd = next;
            while (wordEnd < sql.length() && Character.isLetter(sql.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordEnd == next || !TYPE_WORDS.contains(sql.substring(next, wordEnd).toLowerCase(Locale.ROOT))) {
                return i;
            }
            i = wordEnd;
        }
    }

    private static int skipSpaces(String sql, int start) {
        int i = start;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '"';
    }
}
