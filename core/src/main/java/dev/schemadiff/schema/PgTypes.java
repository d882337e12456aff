package dev.schemadiff.schema;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical PostgreSQL type text: the form {@code format_type(atttypid, atttypmod)} prints. Both sides
 * of a comparison pass through here, so {@code varchar(255)} and {@code character varying(255)} are
 * the same type.
 */
public final class PgTypes {
    private static final Pattern ARRAY_SUFFIX =
            Pattern.compile("(?i)(\\s*\\[\\s*\\d*\\s*\\]|\\s+array(\\s*\\[\\s*\\d*\\s*\\])?)$");
    private static final Pattern TIME_ZONE = Pattern.compile("^(.*?)\\s+(with|without) time zone$");
    private static final Pattern BASE_AND_MODIFIER =
            Pattern.compile("^([a-z_][a-z0-9_ .$]*?)\\s*(?:\\(([^)]*)\\))?$");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int2", "smallint"),
            Map.entry("smallserial", "smallint"),
            Map.entry("serial2", "smallint"),
            Map.entry("int", "integer"),
            Map.entry("int4", "integer"),
            Map.entry("serial", "integer"),
            Map.entry("serial4", "integer"),
            Map.entry("int8", "bigint"),
            Map.entry("bigserial", "bigint"),
            Map.entry("serial8", "bigint"),
            Map.entry("float4", "real"),
            Map.entry("float8", "double precision"),
            Map.entry("bool", "boolean"),
            Map.entry("varchar", "character varying"),
            Map.entry("char", "character"),
            Map.entry("decimal", "numeric"),
            Map.entry("varbit", "bit varying"),
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("timetz", "time with time zone"));

    /**
     * Spellings already canonicalized. Every {@link Column} passes through here and a schema repeats a
     * handful of types over thousands of columns, while the regular expressions below cost microseconds
     * per call: reading 45,000 catalog columns spent more time here than in PostgreSQL. Bounded so a
     * long-running process fed arbitrary spellings cannot grow it without limit.
     */
    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();
    private static final int KNOWN_LIMIT = 4096;

    private PgTypes() {
    }

    /**
     * Returns the canonical spelling of a PostgreSQL type. Unknown and user-defined types are kept as
     * given (quoted names untouched), with whitespace collapsed.
     */
    public static String canonical(String type) {
        String known = KNOWN.get(type);
        if (known != null) {
            return known;
        }
        String canonical = canonicalize(type);
        if (KNOWN.size() < KNOWN_LIMIT) {
            KNOWN.put(type, canonical);
        }
        return canonical;
    }

    private static String canonicalize(String type) {
        String text = type.strip().replaceAll("\\s+", " ").replaceAll("\\s*,\\s*", ",")
                .replaceAll("\\(\\s+", "(").replaceAll("\\s+\\)", ")");
        boolean isArray = false;
        Matcher array;
        while ((array = ARRAY_SUFFIX.matcher(text)).find()) {
            text = text.substring(0, array.start()).strip();
            isArray = true;
        }
        String base = text.contains("\"") ? text : canonicalScalar(text.toLowerCase(Locale.ROOT));
        // PostgreSQL does not enforce declared dimensions: text[][] is the type text[], and format_type
        // prints one pair of brackets whatever the declaration said.
        return isArray ? base + "[]" : base;
    }

    private static String canonicalScalar(String text) {
        String zone = null;
        Matcher tz = TIME_ZONE.matcher(text);
        if (tz.matches()) {
            text = tz.group(1);
            zone = tz.group(2) + " time zone";
        }
        Matcher parts = BASE_AND_MODIFIER.matcher(text);
        if (!parts.matches()) {
            return zone == null ? text : text + " " + zone;
        }
        String base = ALIASES.getOrDefault(parts.group(1), parts.group(1));
        String modifier = parts.group(2);
        if (base.endsWith(" time zone")) {
            zone = base.substring(base.indexOf(' ') + 1);
            base = base.substring(0, base.indexOf(' '));
        }
        switch (base) {
            case "float":
                return modifier != null && Integer.parseInt(modifier.strip()) <= 24 ? "real" : "double precision";
            case "numeric":
                if (modifier != null && !modifier.contains(",")) {
                    modifier = modifier + ",0";
                }
                break;
            case "character":
            case "bit":
                if (modifier == null) {
                    modifier = "1";
                }
                break;
            case "timestamp":
            case "time":
                if (zone == null) {
                    zone = "without time zone";
                }
                break;
            default:
                break;
        }
        StringBuilder canonical = new StringBuilder(base);
        if (modifier != null) {
            canonical.append('(').append(modifier).append(')');
        }
        if (zone != null) {
            canonical.append(' ').append(zone);
        }
        return canonical.toString();
    }
}
