package dev.schemadiff.emit;

import dev.schemadiff.schema.QualifiedName;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quotes identifiers only when PostgreSQL needs it, so the SQL a reviewer reads keeps plain names plain.
 * The model stores names raw; this is the one place they are quoted. The result equals PostgreSQL's
 * {@code quote_ident} except that a {@code $} after the first character stays unquoted, as the lexer
 * allows ({@code quote_ident} quotes it to be safe).
 */
public final class Identifiers {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    /**
     * Keywords that are not UNRESERVED, so cannot always serve as names: {@code select word from
     * pg_get_keywords() where catcode <> 'U'} on PostgreSQL 17 (a test checks it against the server).
     */
    static final Set<String> KEYWORDS = Set.of((""
            // column name keywords (C)
            + "between bigint bit boolean char character coalesce dec decimal exists extract float greatest "
            + "grouping inout int integer interval json json_array json_arrayagg json_exists json_object "
            + "json_objectagg json_query json_scalar json_serialize json_table json_value least merge_action "
            + "national nchar none normalize nullif numeric out overlay position precision real row setof "
            + "smallint substring time timestamp treat trim values varchar xmlattributes xmlconcat xmlelement "
            + "xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable "
            // reserved keywords (R)
            + "all analyse analyze and any array as asc asymmetric both case cast check collate column "
            + "constraint create current_catalog current_date current_role current_time current_timestamp "
            + "current_user default deferrable desc distinct do else end except false fetch for foreign from "
            + "grant group having in initially intersect into lateral leading limit localtime localtimestamp "
            + "not null offset on only or order placing primary references returning select session_user some "
            + "symmetric system_user table then to trailing true union unique user using variadic when where "
            + "window with "
            // type or function name keywords (T)
            + "authorization binary collation concurrently cross current_schema freeze full ilike inner is "
            + "isnull join left like natural notnull outer overlaps right similar tablesample verbose")
            .split(" "));

    private Identifiers() {
    }

    /**
     * A name as SQL: unchanged when it is lower case letters, digits, {@code _} and {@code $} (not
     * starting with a digit or {@code $}) and no keyword that needs quoting; otherwise in double quotes,
     * with embedded double quotes doubled.
     */
    public static String quote(String name) {
        if (PLAIN.matcher(name).matches() && !KEYWORDS.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code schema.name}, each part quoted as needed; the schema is always written. */
    public static String qualified(QualifiedName name) {
        return quote(name.schema()) + "." + quote(name.name());
    }
}
