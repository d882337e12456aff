package dev.schemadiff.diff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Index key parts in one spelling, so that an entity's {@code email desc} and PostgreSQL's
 * {@code "Email" DESC} or {@code email DESC} compare by meaning: a lone quoted name is unquoted,
 * {@code ASC} (the default) is dropped and {@code DESC} upper-cased.
 */
final class KeyParts {
    private static final Pattern DIRECTION = Pattern.compile("(?i)^(.*?)\\s+(asc|desc)$");

    private KeyParts() {
    }

    static List<String> normalized(List<String> parts) {
        return parts.stream().map(KeyParts::normalized).toList();
    }

    static String normalized(String part) {
        String text = part.strip();
        String direction = "";
        Matcher matcher = DIRECTION.matcher(text);
        if (matcher.matches()) {
            text = matcher.group(1).strip();
            direction = matcher.group(2).equalsIgnoreCase("desc") ? " DESC" : "";
        }
        return unquoted(text) + direction;
    }

    private static String unquoted(String text) {
        if (text.length() < 2 || !text.startsWith("\"") || !text.endsWith("\"")) {
            return text;
        }
        String content = text.substring(1, text.length() - 1);
        return content.replace("\"\"", "").contains("\"") ? text : content.replace("\"\"", "\"");
    }
}
