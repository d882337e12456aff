package dev.schemadiff.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.catalog.PgCatalogReader;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.Provenance;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A fleet plan equals, tenant by tenant, the plan of the model read with that tenant as its schema. */
@ExtendWith(PostgresExtension.class)
class FleetPlanTest {

    @Test
    void eachTenantGetsThePlanOfItsOwnSchema(TestDatabase db) throws Exception {
        ModelSource entities = ModelSource.classes(Samples.recruitingClasses());
        db.execute("CREATE SCHEMA empty_tenant; CREATE SCHEMA synced_tenant; CREATE SCHEMA drifted_tenant");
        try (Connection connection = db.connect()) {
            SchemaDiff.apply(connection, SchemaDiff.readModel(entities, inSchema("synced_tenant")), inSchema("synced_tenant"));
            SchemaDiff.apply(connection, SchemaDiff.readModel(entities, inSchema("drifted_tenant")), inSchema("drifted_tenant"));
            db.execute("ALTER TABLE drifted_tenant.candidate DROP COLUMN expected_wage");
            List<String> tenants = List.of("empty_tenant", "synced_tenant", "drifted_tenant");

            ExpectedSchema template = SchemaDiff.readModel(entities, PlanOptions.defaults());
            SortedMap<String, PlanResult> fleet =
                    FleetPlan.plan(connection, template, "public", tenants, PlanOptions.defaults());

            assertEquals(List.of("drifted_tenant", "empty_tenant", "synced_tenant"), List.copyOf(fleet.keySet()));
            for (String tenant : tenants) {
                PlanResult alone = SchemaDiff.plan(connection, SchemaDiff.readModel(entities, inSchema(tenant)),
                        inSchema(tenant));
                assertEquals(alone.plan(), fleet.get(tenant).plan(), tenant);
                assertEquals(alone.catalogFingerprint(), fleet.get(tenant).catalogFingerprint(), tenant);
            }
            assertTrue(fleet.get("empty_tenant").script().contains("CREATE TABLE IF NOT EXISTS empty_tenant.candidate ("),
                    fleet.get("empty_tenant").script());
            assertFalse(fleet.get("synced_tenant").plan().hasStatements(), fleet.get("synced_tenant").script());
            assertTrue(fleet.get("drifted_tenant").script().contains("drifted_tenant.candidate ADD COLUMN"),
                    fleet.get("drifted_tenant").script());
        }
    }

    /**
     * A table in a schema the tenants share (here {@code billing}) may reference a tenant's table, but its
     * one foreign key can point at one tenant only: no tenant's plan adds it again or drops it.
     */
    @Test
    void aSharedTableReferencingATenantTableLeavesUndriftedTenantsEmpty(TestDatabase db) throws Exception {
        String tenantTable = "CREATE TABLE %s.account (id bigint PRIMARY KEY, name text NOT NULL);";
        db.execute("CREATE SCHEMA tenant_a; CREATE SCHEMA tenant_b; " + tenantTable.formatted("public") + tenantTable.formatted("tenant_a") + tenantTable.formatted("tenant_b")
                + "CREATE SCHEMA billing; CREATE TABLE billing.invoice (id bigint PRIMARY KEY, account_id bigint,"
                + " CONSTRAINT invoice_account FOREIGN KEY (account_id) REFERENCES public.account (id))");
        try (Connection connection = db.connect()) {
            // The template: exactly what the catalog holds for public and billing, as entities would map it.
            ExpectedSchema template = new ExpectedSchema(new PgCatalogReader().read(connection, List.of("public", "billing")),
                    new Provenance(Map.of(), Map.of()), List.of());
            db.execute("ALTER TABLE billing.invoice DROP CONSTRAINT invoice_account;"
                    + " ALTER TABLE billing.invoice ADD CONSTRAINT invoice_account FOREIGN KEY (account_id)"
                    + " REFERENCES tenant_a.account (id); DROP TABLE public.account");
            db.execute("ALTER TABLE tenant_b.account DROP COLUMN name");

            SortedMap<String, PlanResult> fleet = FleetPlan.plan(connection, template, "public",
                    List.of("tenant_a", "tenant_b"), PlanOptions.defaults());

            assertFalse(fleet.get("tenant_a").plan().hasStatements(), fleet.get("tenant_a").script());
            String drifted = fleet.get("tenant_b").script();
            assertTrue(drifted.contains("tenant_b.account ADD COLUMN"), drifted);
            assertFalse(drifted.contains("billing.invoice"), drifted);
        }
    }

    private static PlanOptions inSchema(String schema) {
        return new PlanOptions(List.of(schema), Map.of(), Duration.ofSeconds(5), Duration.ZERO);
    }
}
