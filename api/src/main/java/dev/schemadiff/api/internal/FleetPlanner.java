package dev.schemadiff.api.internal;

import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.api.PlanResult;
import dev.schemadiff.catalog.PgCatalogReader;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.Origin;
import dev.schemadiff.schema.Provenance;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Sequence;
import dev.schemadiff.schema.Table;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One catalog read for many tenant schemas, then per tenant the model moved to the tenant's schema
 * and the catalog narrowed to the schemas that tenant's plan reads, planned as {@link Planner} does.
 */
public final class FleetPlanner {
    private final PgCatalogReader catalogReader = new PgCatalogReader();

    /** @see dev.schemadiff.api.FleetPlan#plan */
    public SortedMap<String, PlanResult> plan(Connection connection, ExpectedSchema template, String templateSchema,
                                              List<String> tenantSchemas, PlanOptions options) {
        PostgresLimits.check(template);
        Map<String, ExpectedSchema> models = new LinkedHashMap<>();
        SortedSet<String> everySchema = new TreeSet<>();
        for (String tenant : tenantSchemas) {
            ExpectedSchema model = withoutSharedToTenantKeys(moved(template, templateSchema, tenant), Set.of(tenant));
            models.put(tenant, model);
            everySchema.addAll(Planner.schemasToRead(model, options));
        }
        SchemaModel catalog = catalogReader.read(connection, everySchema);
        Planner planner = new Planner();
        SortedMap<String, PlanResult> plans = new TreeMap<>();
        Set<String> tenants = Set.copyOf(tenantSchemas);
        models.forEach((tenant, model) -> plans.put(tenant, planner.planAgainst(connection, model,
                withoutSharedToTenantKeys(narrowed(catalog, Planner.schemasToRead(model, options)), tenants),
                options)));
        return plans;
    }

    /**
     * A table outside the tenant schemas exists once for the whole fleet, so its foreign key to a tenant's
     * table can point at one tenant only: neither side of a tenant's plan may hold such a key, or every other
     * tenant would re-add it (and a tenant not holding it would drop it).
     */
    private static ExpectedSchema withoutSharedToTenantKeys(ExpectedSchema expected, Set<String> tenants) {
        return new ExpectedSchema(withoutSharedToTenantKeys(expected.model(), tenants), expected.provenance(),
                expected.warnings());
    }

    private static SchemaModel withoutSharedToTenantKeys(SchemaModel model, Set<String> tenants) {
        List<Table> tables = model.tables().stream().map(table -> tenants.contains(table.name().schema()) ? table
                : new Table(table.name(), table.columns(), table.primaryKey(), table.uniqueKeys(), table.indexes(),
                        table.foreignKeys().stream()
                                .filter(key -> !tenants.contains(key.referencedTable().schema())).toList(),
                        table.checks())).toList();
        return new SchemaModel(tables, model.sequences());
    }

    /** The catalog as a read of just {@code schemas} would have returned it. */
    private static SchemaModel narrowed(SchemaModel catalog, Set<String> schemas) {
        return new SchemaModel(
                catalog.tables().stream().filter(table -> schemas.contains(table.name().schema())).toList(),
                catalog.sequences().stream().filter(sequence -> schemas.contains(sequence.name().schema())).toList());
    }

    /** {@code template} with every name in schema {@code from} moved to schema {@code to}. */
    static ExpectedSchema moved(ExpectedSchema template, String from, String to) {
        SchemaModel model = template.model();
        List<Table> tables = model.tables().stream().map(table -> new Table(moved(table.name(), from, to),
                table.columns(), table.primaryKey(), table.uniqueKeys(), table.indexes(),
                table.foreignKeys().stream().map(key -> new ForeignKey(key.name(), key.columns(),
                        moved(key.referencedTable(), from, to), key.referencedColumns(), key.onDelete(),
                        key.validated())).toList(),
                table.checks())).toList();
        List<Sequence> sequences = model.sequences().stream().map(sequence -> new Sequence(
                moved(sequence.name(), from, to), sequence.start(), sequence.increment())).toList();
        Map<QualifiedName, String> entities = new LinkedHashMap<>();
        template.provenance().tables().forEach((table, entity) -> entities.put(moved(table, from, to), entity));
        Map<ColumnRef, Origin> origins = new LinkedHashMap<>();
        template.provenance().columns().forEach((column, origin) ->
                origins.put(new ColumnRef(moved(column.table(), from, to), column.column()), origin));
        return new ExpectedSchema(new SchemaModel(tables, sequences), new Provenance(entities, origins),
                template.warnings());
    }

    private static QualifiedName moved(QualifiedName name, String from, String to) {
        return name.schema().equals(from) ? QualifiedName.of(to, name.name()) : name;
    }
}
