package dev.schemadiff.emit;

import dev.schemadiff.schema.Index;
import dev.schemadiff.schema.change.CreateIndex;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** {@code CREATE INDEX}, in the schema of its table. */
final class IndexEmitter {
    /** A bare column name with an optional direction, such as {@code Email desc}. */
    private static final Pattern NAME_AND_DIRECTION = Pattern.compile("(?i)([^\\s\"()]+)(\\s+(?:asc|desc))?");

    private IndexEmitter() {
    }

    static List<PlannedStatement> emit(CreateIndex change, EmitContext context) {
        Index index = change.index();
        String sql = "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX IF NOT EXISTS "
                + Identifiers.quote(index.name()) + " ON " + Identifiers.qualified(change.table()) + " ("
                + index.columns().stream().map(IndexEmitter::keyPart).collect(Collectors.joining(", ")) + ")";
        // CONCURRENTLY cannot run inside the plan's transaction, so the build blocks writes instead
        return List.of(Statements.hazardous(sql, change, Phase.INDEXES,
                context.hazardsOn(change.table(), Hazard.INDEX_BUILD_BLOCKS_WRITES)));
    }

    /**
     * A bare name (optionally with a direction) is a column and gets quoted as needed; anything else
     * (quotes, parentheses, several words) is already SQL, as PostgreSQL prints key parts, and is kept.
     */
    static String keyPart(String part) {
        Matcher matcher = NAME_AND_DIRECTION.matcher(part.strip());
        if (!matcher.matches()) {
            return part.strip();
        }
        String direction = matcher.group(2) == null ? "" : " " + matcher.group(2).strip().toUpperCase(Locale.ROOT);
        return Identifiers.quote(matcher.group(1)) + direction;
    }
}
