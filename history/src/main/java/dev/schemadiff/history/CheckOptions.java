package dev.schemadiff.history;

import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.schema.ExpectedSchema;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * How {@link MigrationCheck#check} runs.
 *
 * @param source   the migrations to replay
 * @param entities the entities' schema, with its provenance so that disagreements name entity attributes
 * @param plan     schemas to compare, and {@code --fill} values for the written migration
 * @param scratch  where the migrations are replayed, or {@code null} for a throwaway embedded PostgreSQL
 * @param progress receives one line per step
 */
public record CheckOptions(MigrationSource source, ExpectedSchema entities, PlanOptions plan, ScratchServer scratch,
                           Consumer<String> progress) {

    public CheckOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(progress, "progress");
    }

    /** A check of {@code source} against {@code entities}, replayed on an embedded PostgreSQL. */
    public static CheckOptions of(MigrationSource source, ExpectedSchema entities) {
        return new CheckOptions(source, entities, PlanOptions.defaults(), null, line -> { });
    }

    /** Schemas and {@code --fill} values. */
    public CheckOptions withPlan(PlanOptions options) {
        return new CheckOptions(source, entities, options, scratch, progress);
    }

    /** Where to replay, or {@code null} for a throwaway embedded PostgreSQL. */
    public CheckOptions withScratch(ScratchServer server) {
        return new CheckOptions(source, entities, plan, server, progress);
    }

    /** Where progress lines go. */
    public CheckOptions withProgress(Consumer<String> lines) {
        return new CheckOptions(source, entities, plan, scratch, lines);
    }

    /** The schemas replayed and compared: the entities' plus those asked for; {@code public} if none. */
    public List<String> schemas() {
        SortedSet<String> schemas = new TreeSet<>(entities.model().schemas());
        schemas.addAll(plan.schemas());
        if (schemas.isEmpty()) {
            schemas.add("public");
        }
        return List.copyOf(schemas);
    }
}
