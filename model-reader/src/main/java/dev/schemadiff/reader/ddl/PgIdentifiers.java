package dev.schemadiff.reader.ddl;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * PostgreSQL's identifier rules, applied to the names Hibernate writes into its DDL so the model holds
 * them raw, exactly as the catalog will: unquoted names fold to lower case, every name is cut to
 * {@value #MAX_IDENTIFIER_BYTES} bytes, and unnamed constraints get the name PostgreSQL would choose.
 */
public final class PgIdentifiers {
    /** {@code NAMEDATALEN - 1}. */
    public static final int MAX_IDENTIFIER_BYTES = 63;

    /**
     * Keywords that {@code quote_ident} quotes: every category but unreserved, as
     * {@code pg_get_keywords()} lists them on PostgreSQL 17.
     */
    private static final Set<String> QUOTED_KEYWORDS = Set.of((""
            + "all analyse analyze and any array as asc asymmetric authorization between bigint binary bit "
            + "boolean both case cast char character check coalesce collate collation column concurrently "
            + "constraint create cross current_catalog current_date current_role current_schema current_time "
            + "current_timestamp current_user dec decimal default deferrable desc distinct do else end except "
            + "exists extract false fetch float for foreign freeze from full grant greatest group grouping "
            + "having ilike in initially inner inout int integer intersect interval into is isnull join json "
            + "json_array json_arrayagg json_exists json_object json_objectagg json_query json_scalar "
            + "json_serialize json_table json_value lateral leading least left like limit localtime "
            + "localtimestamp merge_action national natural nchar none normalize not notnull null nullif "
            + "numeric offset on only or order out outer overlaps overlay placing position precision primary "
            + "real references returning right row select session_user setof similar smallint some substring "
            + "symmetric system_user table tablesample then time timestamp to trailing treat trim true union "
            + "unique user using values varchar variadic verbose when where window with xmlattributes "
            + "xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize "
            + "xmltable").split(" "));

    private PgIdentifiers() {
    }

    /**
     * The name PostgreSQL stores for a name Hibernate writes into the DDL as given: quoted
     * ({@code "Order"}, {@code `Order`}, {@code [Order]}) kept, unquoted folded, both truncated.
     */
    public static String raw(String nameInDdl) {
        return truncate(unquoted(nameInDdl));
    }

    /** A name as written into the DDL with its quotes removed, or folded when unquoted; not yet truncated. */
    static String unquoted(String nameInDdl) {
        String text = nameInDdl.strip();
        return isQuoted(text) ? text.substring(1, text.length() - 1) : fold(text);
    }

    /** The name PostgreSQL stores for a name and its quoting flag. */
    public static String raw(String text, boolean quoted) {
        return truncate(quoted ? text : fold(text));
    }

    /** Hibernate's quote markers: {@code `x`}, {@code "x"} or {@code [x]}, around at least two characters. */
    private static boolean isQuoted(String text) {
        if (text.length() <= 2) {
            return false;
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        return (first == '`' && last == '`') || (first == '"' && last == '"') || (first == '[' && last == ']');
    }

    /**
     * The scanner's case folding of an unquoted identifier: ASCII letters only, as
     * {@code downcase_identifier} does in a UTF-8 database.
     */
    public static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }

    /** {@code truncate_identifier}: at most 63 bytes of UTF-8, never splitting a character. */
    public static String truncate(String name) {
        return clip(name, MAX_IDENTIFIER_BYTES);
    }

    /** The name as {@code quote_ident} prints it, the way index definitions show key columns. */
    public static String quoteIfNeeded(String raw) {
        boolean safe = !raw.isEmpty() && (isLowerLetter(raw.charAt(0)) || raw.charAt(0) == '_');
        for (int i = 0; i < raw.length() && safe; i++) {
            char c = raw.charAt(i);
            safe = isLowerLetter(c) || (c >= '0' && c <= '9') || c == '_';
        }
        if (safe && !QUOTED_KEYWORDS.contains(raw)) {
            return raw;
        }
        return '"' + raw.replace("\"", "\"\"") + '"';
    }

    /**
     * {@code makeObjectName}: {@code name1_name2_label}, shortening the longer of the two names first
     * until the whole fits in 63 bytes.
     *
     * @param name2 may be {@code null}, as for a primary key
     */
    public static String makeObjectName(String name1, String name2, String label) {
        int name1Bytes = utf8Length(name1);
        int name2Bytes = name2 == null ? 0 : utf8Length(name2);
        int overhead = (name2 == null ? 0 : 1) + 1 + utf8Length(label);
        int available = MAX_IDENTIFIER_BYTES - overhead;
        while (name1Bytes + name2Bytes > available) {
            if (name1Bytes > name2Bytes) {
                name1Bytes--;
            } else {
                name2Bytes--;
            }
        }
        StringBuilder name = new StringBuilder(clip(name1, name1Bytes));
        if (name2 != null) {
            name.append('_').append(clip(name2, name2Bytes));
        }
        return name.append('_').append(label).toString();
    }

    /** The longest prefix of {@code text} of at most {@code maxBytes} UTF-8 bytes ({@code pg_mbcliplen}). */
    private static String clip(String text, int maxBytes) {
        if (utf8Length(text) <= maxBytes) {
            return text;
        }
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int width = utf8Length(new String(Character.toChars(codePoint)));
            if (bytes + width > maxBytes) {
                break;
            }
            bytes += width;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static boolean isLowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
