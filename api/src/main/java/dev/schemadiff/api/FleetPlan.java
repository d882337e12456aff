package dev.schemadiff.api;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.api.internal.FleetPlanner;
import dev.schemadiff.schema.ExpectedSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.SortedMap;

/**
 * Plans one entity model against many tenant schemas of one database (schema-per-tenant), reading the
 * catalog once for all of them instead of once per tenant.
 *
 * <pre>{@code
 * ExpectedSchema model = SchemaDiff.readModel(entities, PlanOptions.defaults());   // tables in "public"
 * SortedMap<String, PlanResult> plans =
 *         FleetPlan.plan(connection, model, "public", List.of("tenant_a", "tenant_b"), PlanOptions.defaults());
 * plans.forEach((tenant, plan) -> System.out.print(plan.script()));
 * }</pre>
 *
 * <p>Each tenant's plan is the one {@link SchemaDiff#plan(Connection, ExpectedSchema, PlanOptions)}
 * computes for the model read with that tenant as its default schema: the tables of
 * {@code templateSchema} move to the tenant; tables the entities place in other schemas stay where
 * they are and are compared for every tenant. One exception: such a shared table's foreign key to a
 * tenant's table can point at one tenant only, so no tenant's plan compares it (it is neither added for
 * each tenant nor dropped); check those keys with a single-schema {@link SchemaDiff#plan}.
 */
public final class FleetPlan {
    private FleetPlan() {
    }

    /**
     * Reads the catalog of every tenant in one READ ONLY transaction and plans each. Never writes.
     *
     * @param template       the entities, as read with {@code templateSchema} as the default schema
     * @param templateSchema the schema that stands for "the tenant" in {@code template}
     * @param tenantSchemas  the tenants' schemas; the result has one plan for each
     * @return the plans by tenant schema
     * @throws SchemaDiffException on catalog errors, or when PostgreSQL cannot hold the entities as written
     */
    public static SortedMap<String, PlanResult> plan(Connection connection, ExpectedSchema template, String templateSchema,
                                                     List<String> tenantSchemas, PlanOptions options) {
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                return new FleetPlanner().plan(connection, template, templateSchema, tenantSchemas, options);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new SchemaDiffException(ErrorCode.CATALOG, "planning the tenant schemas failed: " + e.getMessage()
                    + "; check the connection and run again", e);
        }
    }
}
