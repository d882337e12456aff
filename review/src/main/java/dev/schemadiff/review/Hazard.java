package dev.schemadiff.review;

import java.util.List;
import java.util.Objects;

/**
 * A hazard on one change.
 *
 * @param code   what kind of risk
 * @param detail what it concerns in this change, such as {@code character varying(255) -> character varying(100)},
 *               with the table size when a database was given; may be empty
 * @param sql    statements that do the change safely, produced by the SQL emitter; often empty
 */
public record Hazard(HazardCode code, String detail, List<String> sql) {
    public Hazard {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
        sql = List.copyOf(sql);
    }

    public static Hazard of(HazardCode code, String detail) {
        return new Hazard(code, detail, List.of());
    }
}
