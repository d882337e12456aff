package dev.schemadiff.history;

import java.util.Objects;

/**
 * Something the migrations create that the database lacks, or holds differently.
 *
 * @param object  the table, column, constraint, index or sequence, e.g. {@code public.candidate.expected_wage}
 * @param problem what is wrong, e.g. {@code missing column character varying(120)}
 */
public record Gap(String object, String problem) {
    public Gap {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String toString() {
        return object + ": " + problem;
    }
}
