package dev.schemadiff.review;

import dev.schemadiff.schema.QualifiedName;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a pull request does to the schema: the result of {@link SchemaReview#review}.
 *
 * @param base       the base side's label (a ref or folder)
 * @param head       the head side's label
 * @param entries    changes in stable order: tables by name, then sequences by name
 * @param sql        the SQL {@code schemadiff plan} would run on a database at base, per table or sequence
 * @param migrations migration files added, changed or removed, by path
 * @param warnings   what the source reader could only approximate at head
 */
public record ReviewReport(String base, String head, List<ReviewEntry> entries, Map<QualifiedName, List<String>> sql,
                           List<MigrationFile> migrations, List<String> warnings) {
    public ReviewReport {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(head, "head");
        entries = List.copyOf(entries);
        sql = Map.copyOf(sql);
        migrations = List.copyOf(migrations);
        warnings = List.copyOf(warnings);
    }

    /** How a review ends, which fixes the CLI's exit code. */
    public enum Outcome {
        /** No schema change and no migration file touched: exit 0. */
        NOTHING_TO_REVIEW,
        /** Changes to review, no error-level hazard left unallowed: exit 2. */
        CHANGES,
        /** An error-level hazard that was not allowed: exit 3. */
        BLOCKED
    }

    /** Error-level hazards whose code is not in {@code allowed}. */
    public List<Hazard> blockingHazards(Set<HazardCode> allowed) {
        return entries.stream().flatMap(entry -> entry.hazards().stream())
                .filter(hazard -> hazard.code().level() == HazardLevel.ERROR && !allowed.contains(hazard.code()))
                .toList();
    }

    public Outcome outcome(Set<HazardCode> allowed) {
        if (!blockingHazards(allowed).isEmpty()) {
            return Outcome.BLOCKED;
        }
        return entries.isEmpty() && migrations.isEmpty() ? Outcome.NOTHING_TO_REVIEW : Outcome.CHANGES;
    }

    /** Hazards of each level, over every entry. */
    public long count(HazardLevel level) {
        return entries.stream().flatMap(entry -> entry.hazards().stream()).filter(h -> h.code().level() == level).count();
    }
}
