package dev.schemadiff.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Masks passwords in everything the CLI prints. Known passwords are replaced wherever they occur (a
 * server or driver message may echo them); anything shaped like a password in a URL is masked too,
 * for URLs the CLI never parsed.
 */
final class Secrets {
    static final String MASK = "***";

    private static final Pattern URL_USER_INFO = Pattern.compile("(://[^:/?#@\\s]*:)[^@\\s]+@");
    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)\\b((?:ssl)?password=)[^&\\s;]*");

    private final Set<String> known = new LinkedHashSet<>();

    /** Remembers a password (and its URL-encoded spelling) so that {@link #mask} hides it. */
    void add(String password) {
        if (password == null || password.isEmpty()) {
            return;
        }
        known.add(password);
        known.add(URLEncoder.encode(password, StandardCharsets.UTF_8));
        known.add(URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        // Longest first, so a password that contains another one is replaced whole.
        for (String secret : known.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            masked = masked.replace(secret, MASK);
        }
        masked = URL_USER_INFO.matcher(masked).replaceAll("$1" + MASK + "@");
        return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
    }
}
