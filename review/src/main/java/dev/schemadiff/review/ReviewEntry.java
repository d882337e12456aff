package dev.schemadiff.review;

import java.util.List;
import java.util.Objects;

/**
 * A change with what a reviewer needs next to it.
 *
 * @param change   the change
 * @param origin   the entity or attribute behind it, such as {@code Candidate.expectedWage}; {@code null} when
 *                 unknown (a removed table has no entity at head)
 * @param location the declaration in the head sources, or {@code null}
 * @param hazards  its hazards, most serious first
 */
public record ReviewEntry(ReviewChange change, String origin, SourceLocation location, List<Hazard> hazards) {
    public ReviewEntry {
        Objects.requireNonNull(change, "change");
        hazards = hazards.stream().sorted((a, b) -> a.code().level().compareTo(b.code().level())).toList();
    }
}
