package dev.schemadiff.schema.change;

import dev.schemadiff.schema.Origin;
import dev.schemadiff.schema.QualifiedName;
import java.util.Objects;

/**
 * A difference between the entities and the database that is reported, not emitted.
 *
 * @param table    the table (or, for sequence findings, the sequence) as stored in the catalog
 * @param column   the column, or {@code null} when the finding is about the whole object
 * @param expected what the entities want, as text; {@code null} for drift (extra objects)
 * @param actual   what the database holds, as text; {@code null} when absent
 * @param origin   the entity attribute the expectation comes from, or {@code null}
 */
public record Finding(
        FindingKind kind, QualifiedName table, String column, String expected, String actual, Origin origin) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
    }
}
