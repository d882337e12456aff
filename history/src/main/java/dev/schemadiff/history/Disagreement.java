package dev.schemadiff.history;

import java.util.Locale;
import java.util.Objects;

/**
 * One point where the migrations and the entities part ways.
 *
 * @param kind    which side lacks or differs
 * @param mapping the entity side, {@code Candidate.expectedWage} or {@code Candidate}; {@code null} for what
 *                no entity maps, and for sequences and schemas
 * @param object  the database object, {@code candidate.expected_wage} ({@code public.} left out)
 * @param detail  what is wrong, e.g. {@code no migration creates it}
 */
public record Disagreement(Kind kind, String mapping, String object, String detail) {

    /** The closed set of ways the two sides disagree. */
    public enum Kind {
        /** The entities map it; no migration creates it. */
        NOT_CREATED,
        /** Both have it, unlike: type, nullability, default, check, key, sequence increment. */
        MISMATCH,
        /** A migration creates it; no entity maps it. */
        NOT_MAPPED;

        /** The stable name in JSON output. */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Disagreement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(detail, "detail");
    }

    /** {@code Candidate.expectedWage → candidate.expected_wage: no migration creates it}. */
    @Override
    public String toString() {
        return (mapping == null ? "" : mapping + " → ") + object + ": " + detail;
    }
}
