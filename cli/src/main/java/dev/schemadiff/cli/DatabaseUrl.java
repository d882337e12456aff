package dev.schemadiff.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a connection URL, before defaults are filled in; absent parts are {@code null}.
 * Understands {@code postgres://} and {@code postgresql://} as libpq does (also with a Python driver
 * suffix such as {@code postgresql+asyncpg://}, which is ignored) and pgjdbc's {@code jdbc:postgresql:}.
 *
 * @param parameters pgjdbc connection parameters; libpq and asyncpg spellings are translated
 */
record DatabaseUrl(String host, Integer port, String database, String user, String password,
                   Map<String, String> parameters) {

    private static final Pattern LIBPQ_SCHEME = Pattern.compile("(?i)^postgres(?:ql)?(?:\\+[a-z0-9_]+)?://");
    private static final String JDBC_PREFIX = "jdbc:postgresql:";
    private static final Map<String, String> LIBPQ_TO_PGJDBC = Map.of(
            "application_name", "ApplicationName",
            "connect_timeout", "connectTimeout");

    DatabaseUrl {
        parameters = Map.copyOf(parameters);
    }

    /** Whether {@code text} looks like a URL this class parses (rather than, say, {@code embedded}). */
    static boolean isUrl(String text) {
        return LIBPQ_SCHEME.matcher(text).find() || text.regionMatches(true, 0, JDBC_PREFIX, 0, JDBC_PREFIX.length());
    }

    /**
     * Parses a URL.
     *
     * @throws IllegalArgumentException with a one-line reason when the URL is malformed
     */
    static DatabaseUrl parse(String url) {
        Matcher scheme = LIBPQ_SCHEME.matcher(url);
        if (scheme.find()) {
            return parseHierarchical(url.substring(scheme.end()), false);
        }
        if (!url.regionMatches(true, 0, JDBC_PREFIX, 0, JDBC_PREFIX.length())) {
            throw new IllegalArgumentException("unsupported URL scheme in '" + url + "'");
        }
        String rest = url.substring(JDBC_PREFIX.length());
        if (rest.startsWith("//")) {
            return parseHierarchical(rest.substring(2), true);
        }
        // pgjdbc's short forms: jdbc:postgresql:database and jdbc:postgresql:/
        int query = rest.indexOf('?');
        String path = query < 0 ? rest : rest.substring(0, query);
        return withQuery(null, null, emptyToNull(decode(path.replaceFirst("^/", ""))), null, null,
                query < 0 ? "" : rest.substring(query + 1), true);
    }

    private static DatabaseUrl parseHierarchical(String rest, boolean jdbc) {
        // Passwords often hold '@', '/' or ':' unencoded: the user info ends at the last '@' before the query.
        int queryStart = rest.indexOf('?') < 0 ? rest.length() : rest.indexOf('?');
        int at = rest.lastIndexOf('@', queryStart - 1);
        String user = null;
        String password = null;
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            int colon = userInfo.indexOf(':');
            user = emptyToNull(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        int hostStart = at + 1;
        int hostEnd = firstOf(rest, hostStart, '/', '?');
        String hostPort = rest.substring(hostStart, hostEnd);
        int pathEnd = hostEnd < rest.length() && rest.charAt(hostEnd) == '/' ? firstOf(rest, hostEnd, '?') : hostEnd;
        String database = hostEnd < pathEnd ? emptyToNull(decode(rest.substring(hostEnd + 1, pathEnd))) : null;
        String query = pathEnd < rest.length() ? rest.substring(pathEnd + 1) : "";

        if (hostPort.contains(",")) {
            throw new IllegalArgumentException("several hosts in one URL are not supported; name one host");
        }
        String host = hostPort;
        Integer port = null;
        int portColon = hostPort.startsWith("[") ? hostPort.indexOf(':', hostPort.indexOf(']')) : hostPort.lastIndexOf(':');
        if (portColon >= 0) {
            host = hostPort.substring(0, portColon);
            port = parsePort(hostPort.substring(portColon + 1));
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return withQuery(emptyToNull(decode(host)), port, database, user, password, query, jdbc);
    }

    private static DatabaseUrl withQuery(String host, Integer port, String database, String user, String password,
            String query, boolean jdbc) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("URL parameter '" + pair + "' has no '=value'");
            }
            String key = decode(pair.substring(0, equals));
            String value = decode(pair.substring(equals + 1));
            if (key.equals("user")) {
                user = user == null ? value : user;
            } else if (key.equals("password")) {
                password = password == null ? value : password;
            } else if (jdbc) {
                parameters.put(key, value);
            } else if (key.equals("ssl")) {
                // asyncpg spells sslmode as ssl=require (or ssl=true)
                parameters.put("sslmode", value.equalsIgnoreCase("true") ? "require" : value.toLowerCase(Locale.ROOT));
            } else {
                parameters.put(LIBPQ_TO_PGJDBC.getOrDefault(key, key), value);
            }
        }
        return new DatabaseUrl(host, port, database, user, password, parameters);
    }

    static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the offending text
        }
        throw new IllegalArgumentException("port '" + text + "' is not a number from 1 to 65535");
    }

    private static int firstOf(String text, int from, char... delimiters) {
        for (int i = from; i < text.length(); i++) {
            for (char delimiter : delimiters) {
                if (text.charAt(i) == delimiter) {
                    return i;
                }
            }
        }
        return text.length();
    }

    /** RFC 3986 percent-decoding: unlike {@code URLDecoder}, a {@code +} stays a plus sign. */
    private static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
                        || Character.digit(text.charAt(i + 2), 16) < 0) {
                    // The text may be a password: never echo it.
                    throw new IllegalArgumentException("bad percent-encoding in the URL; write a literal % as %25");
                }
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
