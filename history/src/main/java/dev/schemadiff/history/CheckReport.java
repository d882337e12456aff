package dev.schemadiff.history;

import dev.schemadiff.emit.Plan;
import java.util.List;
import java.util.Objects;

/**
 * What {@link MigrationCheck#check} found.
 *
 * @param tool          {@code Flyway} or {@code Liquibase}
 * @param replayed      the versions (Liquibase: changeset ids) replayed, in order
 * @param entityCount   the tables the entities map
 * @param disagreements both directions, in a stable order: not created, mismatches, not mapped
 * @param missing       the SQL that creates what no migration creates, as for tables that may hold rows;
 *                      empty when the migrations create everything the entities map
 */
public record CheckReport(String tool, List<String> replayed, int entityCount, List<Disagreement> disagreements,
                          Plan missing) {

    public CheckReport {
        Objects.requireNonNull(tool, "tool");
        replayed = List.copyOf(replayed);
        disagreements = List.copyOf(disagreements);
        Objects.requireNonNull(missing, "missing");
    }

    /** Whether the migrations build exactly the schema the entities map. */
    public boolean agrees() {
        return disagreements.isEmpty();
    }

    /** The disagreements of one kind. */
    public List<Disagreement> disagreements(Disagreement.Kind kind) {
        return disagreements.stream().filter(disagreement -> disagreement.kind() == kind).toList();
    }
}
