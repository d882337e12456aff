package dev.schemadiff.review.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check constraint Hibernate writes for an enum column: {@code col in ('A','B')} under
 * {@code EnumType.STRING}, {@code col between 0 and 3} under {@code ORDINAL}, as the source and Hibernate
 * readers render it.
 *
 * @param column the column the check constrains
 * @param values the allowed string constants, or the ordinals {@code 0..n} as text
 */
public record EnumCheck(String column, Set<String> values) {
    private static final Pattern IN_LIST = Pattern.compile("^\\(*\\s*\"?(\\w+)\"?\\s+in\\s*\\((.*)\\)\\s*\\)*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern BETWEEN = Pattern.compile(
            "^\\(*\\s*\"?(\\w+)\"?\\s+between\\s+(\\d+)\\s+and\\s+(\\d+)\\s*\\)*$", Pattern.CASE_INSENSITIVE);

    public EnumCheck {
        values = Set.copyOf(values);
    }

    /** The enum check an expression is, if it is one. */
    public static Optional<EnumCheck> parse(String expression) {
        String text = expression.strip();
        Matcher list = IN_LIST.matcher(text);
        if (list.matches()) {
            Set<String> values = new LinkedHashSet<>();
            Matcher literal = LITERAL.matcher(list.group(2));
            while (literal.find()) {
                values.add(literal.group(1).replace("''", "'"));
            }
            return values.isEmpty() ? Optional.empty() : Optional.of(new EnumCheck(list.group(1), values));
        }
        Matcher range = BETWEEN.matcher(text);
        if (range.matches() && Integer.parseInt(range.group(2)) == 0) {
            List<String> ordinals = new ArrayList<>();
            for (int i = 0; i <= Integer.parseInt(range.group(3)); i++) {
                ordinals.add(Integer.toString(i));
            }
            return Optional.of(new EnumCheck(range.group(1), new LinkedHashSet<>(ordinals)));
        }
        return Optional.empty();
    }

    /** Whether {@code head} allows every value this one allows, and more. */
    public boolean gainsValuesIn(EnumCheck head) {
        return column.equals(head.column) && head.values.containsAll(values) && head.values.size() > values.size();
    }
}
