package dev.schemadiff.bench;

import dev.schemadiff.api.FleetPlan;
import dev.schemadiff.api.ModelSource;
import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.api.PlanResult;
import dev.schemadiff.api.SchemaDiff;
import dev.schemadiff.embedded.EmbeddedPostgresServer;
import dev.schemadiff.reader.hibernate.HibernateDdl;
import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.schema.ExpectedSchema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * Schema per tenant: the smallest model's tables created by Hibernate in each of many tenant schemas
 * of one database, then one {@link FleetPlan} (one model read, one catalog read, a diff per tenant).
 */
final class FleetBench {
    private static final java.util.regex.Pattern SHARED_SCHEMA_STATEMENT = java.util.regex.Pattern.compile(
            "^(create schema billing|create (table|sequence) billing\\.|alter table (if exists )?billing\\."
                    + "|create (unique )?index \\S+ on billing\\.)", java.util.regex.Pattern.CASE_INSENSITIVE);

    private FleetBench() {
    }

    static List<String> run(EmbeddedPostgresServer server, Workload workload, BenchConfig config) throws Exception {
        int tenants = config.fleetTenants();
        BenchMain.log("fleet: %d tenant schemas of the N=%d model", tenants, workload.entities());
        String url = server.jdbcUrl(server.createDatabase("bench_fleet"));
        String script = new HibernateDdl().createScript(
                ModelReaderOptions.of(List.of(workload.model().classesDir()), Workload.NAMING));
        List<String> schemas = new ArrayList<>();
        for (int tenant = 1; tenant <= tenants; tenant++) {
            String schema = String.format(Locale.ROOT, "tenant_%03d", tenant);
            schemas.add(schema);
            // Hibernate's script leaves default-schema tables unqualified: the search_path places them. The
            // shared billing schema is created with the first tenant only.
            String tenantScript = tenant == 1 ? script : script.lines()
                    .filter(statement -> !SHARED_SCHEMA_STATEMENT.matcher(statement).find())
                    .collect(java.util.stream.Collectors.joining("\n"));
            Workload.execute(url, "CREATE SCHEMA " + schema + "; SET search_path = " + schema + ";\n" + tenantScript);
        }
        ModelSource source = ModelSource.classes(workload.model().classesDir()).withNaming(Workload.NAMING);
        List<String> lines = new ArrayList<>();
        lines.add("### Fleet: " + tenants + " tenant schemas of the N=" + workload.entities() + " model, one database\n");
        try (Connection connection = DriverManager.getConnection(url)) {
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                ExpectedSchema model = SchemaDiff.readModel(source, PlanOptions.defaults());
                long read = System.nanoTime();
                SortedMap<String, PlanResult> plans = FleetPlan.plan(connection, model, "public", schemas,
                        PlanOptions.defaults());
                long end = System.nanoTime();
                long pending = plans.values().stream().filter(plan -> plan.plan().hasStatements()).count();
                lines.add(String.format(Locale.ROOT, "- round %d: model read %.2f s, catalog read + %d plans %.2f s,"
                                + " %.1f ms per schema (%d schemas with statements pending)", round + 1,
                        (read - start) / 1e9, tenants, (end - read) / 1e9, (end - read) / 1e6 / tenants, pending));
            }
        }
        lines.add("");
        return lines;
    }
}
