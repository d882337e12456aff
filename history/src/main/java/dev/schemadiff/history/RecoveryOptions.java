package dev.schemadiff.history;

import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.schema.ExpectedSchema;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * How status, recover and stamp run.
 *
 * @param source     the migrations and so the tool
 * @param plan       schemas, {@code --fill} values and lock timeout for the reconcile (the core apply)
 * @param entities   the entities' schema, or {@code null}: needed for {@link #toEntities()} and for Alembic
 *                   (whose migrations are not replayed); otherwise used for drift and primitive columns
 * @param scratch    where migrations are replayed, or {@code null} for a throwaway embedded PostgreSQL
 * @param dryRun     compute and report, write nothing
 * @param toEntities reconcile to the entities, then stamp the latest version when the replayed head
 *                   schema is contained in the database
 * @param forceStamp stamp even when the database lacks what the migrations create (reported loudly)
 * @param progress   receives one line per step
 */
public record RecoveryOptions(
        MigrationSource source, PlanOptions plan, ExpectedSchema entities, ScratchServer scratch,
        boolean dryRun, boolean toEntities, boolean forceStamp, Consumer<String> progress) {

    public RecoveryOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(progress, "progress");
    }

    /** Verify-then-stamp recovery of {@code source}, with the default plan options and no entities. */
    public static RecoveryOptions of(MigrationSource source) {
        return new RecoveryOptions(source, PlanOptions.defaults(), null, null, false, false, false, line -> { });
    }

    /** Schemas, {@code --fill} values and lock timeout for the reconcile. */
    public RecoveryOptions withPlan(PlanOptions options) {
        return new RecoveryOptions(source, options, entities, scratch, dryRun, toEntities, forceStamp, progress);
    }

    /** The entities' schema, or {@code null}. */
    public RecoveryOptions withEntities(ExpectedSchema expected) {
        return new RecoveryOptions(source, plan, expected, scratch, dryRun, toEntities, forceStamp, progress);
    }

    /** Where to replay, or {@code null} for a throwaway embedded PostgreSQL. */
    public RecoveryOptions withScratch(ScratchServer server) {
        return new RecoveryOptions(source, plan, entities, server, dryRun, toEntities, forceStamp, progress);
    }

    /** Whether to report only, writing nothing. */
    public RecoveryOptions withDryRun(boolean value) {
        return new RecoveryOptions(source, plan, entities, scratch, value, toEntities, forceStamp, progress);
    }

    /** Whether to reconcile to the entities instead of the migrations. */
    public RecoveryOptions withToEntities(boolean value) {
        return new RecoveryOptions(source, plan, entities, scratch, dryRun, value, forceStamp, progress);
    }

    /** Whether to stamp despite gaps (reported). */
    public RecoveryOptions withForceStamp(boolean value) {
        return new RecoveryOptions(source, plan, entities, scratch, dryRun, toEntities, value, progress);
    }

    /** Where progress lines go. */
    public RecoveryOptions withProgress(Consumer<String> lines) {
        return new RecoveryOptions(source, plan, entities, scratch, dryRun, toEntities, forceStamp, lines);
    }

    /** The schemas compared and replayed: those asked for, else the entities', else {@code public}. */
    public List<String> schemas() {
        if (!plan.schemas().isEmpty()) {
            return plan.schemas();
        }
        SortedSet<String> schemas = new TreeSet<>();
        if (entities != null) {
            schemas.addAll(entities.model().schemas());
        }
        if (schemas.isEmpty()) {
            schemas.add("public");
        }
        return List.copyOf(schemas);
    }
}
