package dev.schemadiff.reader.ddl;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies {@link PgIdentifiers#raw} to the names a reader writes into the DDL and warns once for each
 * name PostgreSQL would cut to {@value PgIdentifiers#MAX_IDENTIFIER_BYTES} bytes. Both readers build
 * their names through one instance per read, so they warn in the same words; it is an object handed
 * along rather than state kept in {@code PgIdentifiers}, so concurrent reads never see each other's names.
 */
public final class TruncatedNames {
    private final Consumer<String> warnings;
    private final Set<String> reported = new HashSet<>();

    /** @param warnings receives one line per distinct truncated name */
    public TruncatedNames(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** What a name belongs to, as the warning names it. */
    public enum Kind {
        SCHEMA("schema", false),
        TABLE("table", true),
        SEQUENCE("sequence", true),
        COLUMN("column", true),
        INDEX("index", false),
        PRIMARY_KEY("primary key", false),
        UNIQUE_KEY("unique key", false),
        FOREIGN_KEY("foreign key", false),
        CHECK("check", false);

        private final String label;
        /** Whether the owner qualifies the name ({@code public.t.c}) rather than follows it ({@code on public.t}). */
        private final boolean qualified;

        Kind(String label, boolean qualified) {
            this.label = label;
            this.qualified = qualified;
        }
    }

    /**
     * {@link PgIdentifiers#raw(String)} for a name as written into the DDL.
     *
     * @param owner the schema of a table or sequence, the table of a column, index or constraint;
     *              {@code null} for a schema
     */
    public String raw(Kind kind, String owner, String nameInDdl) {
        return report(kind, owner, PgIdentifiers.unquoted(nameInDdl));
    }

    /** {@link PgIdentifiers#raw(String, boolean)} for a name and its quoting flag. */
    public String raw(Kind kind, String owner, String text, boolean quoted) {
        return report(kind, owner, quoted ? text : PgIdentifiers.fold(text));
    }

    private String report(Kind kind, String owner, String fullName) {
        String truncated = PgIdentifiers.truncate(fullName);
        if (!truncated.equals(fullName)) {
            String what = owner == null ? fullName
                    : kind.qualified ? owner + "." + fullName : fullName + " on " + owner;
            String warning = kind.label + " " + what + " is " + fullName.getBytes(StandardCharsets.UTF_8).length
                    + " bytes; PostgreSQL keeps the first " + PgIdentifiers.MAX_IDENTIFIER_BYTES + ": \""
                    + truncated + "\"";
            if (reported.add(warning)) {
                warnings.accept(warning);
            }
        }
        return truncated;
    }
}
