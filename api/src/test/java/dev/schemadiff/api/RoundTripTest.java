package dev.schemadiff.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.catalog.PgCatalogReader;
import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.reader.hibernate.HibernateDdl;
import dev.schemadiff.reader.hibernate.HibernateModelReader;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Table;
import dev.schemadiff.schema.change.Finding;
import dev.schemadiff.schema.change.FindingKind;
import dev.schemadiff.testkit.GeneratedModel;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance round trip: Hibernate's own DDL → plan is empty; drift → apply → the catalog equals
 * the pristine one (column order aside), every pre-existing row is intact, and a second apply does
 * nothing.
 */
@ExtendWith(PostgresExtension.class)
class RoundTripTest {
    private static final int ENTITIES = 120;

    @Test
    void generatedModelSurvivesDriftAndApply(TestDatabase db, @TempDir Path dir) throws Exception {
        GeneratedModel generated = GeneratedModel.write(ENTITIES, 20261121L, dir).compile();
        ModelReaderOptions options = ModelReaderOptions.of(List.of(generated.classesDir()), NamingMode.SPRING);
        roundTrip(db, options, 7L);
    }

    @Test
    void generatedModelWithJpaNaming(TestDatabase db, @TempDir Path dir) throws Exception {
        GeneratedModel generated = GeneratedModel.write(40, 99L, dir).compile();
        ModelReaderOptions options = ModelReaderOptions.of(List.of(generated.classesDir()), NamingMode.JPA);
        roundTrip(db, options, 11L);
    }

    @Test
    void recruitingSampleSurvivesDriftAndApply(TestDatabase db) throws Exception {
        ModelReaderOptions options = ModelReaderOptions.of(List.of(Samples.recruitingClasses()), NamingMode.SPRING);
        roundTrip(db, options, 3L);
    }

    private static void roundTrip(TestDatabase db, ModelReaderOptions options, long driftSeed) throws Exception {
        ExpectedSchema expected = new HibernateModelReader().read(options);
        db.execute(new HibernateDdl().createScript(options));
        SchemaModel pristine = readCatalog(db, expected);

        PlanResult clean = plan(db, expected, PlanOptions.defaults());
        assertEquals(List.of(), clean.changes().changes(), "no change on Hibernate's own schema");
        assertEquals(List.of(), clean.changes().findings(), "no finding on Hibernate's own schema");

        Set<Table> seeded = RowSeeder.seed(db, pristine);
        assertTrue(seeded.size() >= pristine.tables().size() / 3,
                "seeded only " + seeded.size() + " of " + pristine.tables().size() + " tables");
        Drift.Dropped dropped = Drift.apply(db, pristine, driftSeed, uniqueColumns(pristine));
        assertTrue(dropped.total() > 0, "the drift dropped something");
        System.out.printf("round trip over %d tables: seeded %d; dropped %s%n",
                pristine.tables().size(), seeded.size(), dropped);
        SchemaModel drifted = readCatalog(db, expected);
        RowSnapshot before = RowSnapshot.take(db, drifted);

        PlanResult pending = plan(db, expected, PlanOptions.defaults());
        assertTrue(pending.plan().hasStatements(), "drift is planned: " + dropped);
        PlanOptions withFills = new PlanOptions(List.of(), fillsFor(pending, expected), Duration.ofSeconds(5), Duration.ZERO);

        ApplyReport applied = apply(db, expected, withFills);
        assertTrue(applied.changed());
        assertEquals(List.of(), applied.notValidated(), "every constraint validated");

        assertEquals(withoutColumnOrder(pristine), withoutColumnOrder(readCatalog(db, expected)),
                "catalog after apply equals Hibernate's own schema; dropped: " + dropped);
        assertEquals(before, RowSnapshot.take(db, drifted), "pre-existing rows and values intact");
        assertTrue(before.totalRows() > 0);

        ApplyReport again = apply(db, expected, withFills);
        assertFalse(again.changed(), "second apply changes nothing");
    }

    /** NOT NULL columns that a constant-free fill could still collide on are kept out of the drift. */
    private static Set<String> uniqueColumns(SchemaModel model) {
        Set<String> keep = new HashSet<>();
        for (Table table : model.tables()) {
            table.uniqueKeys().forEach(k -> k.columns().forEach(c -> keep.add(table.name() + "." + c)));
            table.indexes().stream().filter(i -> i.unique())
                    .forEach(i -> i.columns().forEach(c -> keep.add(table.name() + "." + c)));
            table.checks().forEach(check -> table.columns().stream()
                    .filter(c -> check.expression().contains(c.name()))
                    .forEach(c -> keep.add(table.name() + "." + c.name())));
        }
        return keep;
    }

    /** A value per column the plan says needs a backfill, as a user would pass with --fill. */
    private static Map<ColumnRef, String> fillsFor(PlanResult pending, ExpectedSchema expected) {
        Map<ColumnRef, String> fills = new HashMap<>();
        for (Finding finding : pending.changes().findings()) {
            if (finding.kind() == FindingKind.NEEDS_BACKFILL) {
                String type = expected.model().table(finding.table()).flatMap(t -> t.column(finding.column()))
                        .map(Column::type).orElseThrow();
                fills.put(new ColumnRef(finding.table(), finding.column()), fillValue(type));
            }
        }
        return fills;
    }

    private static String fillValue(String type) {
        if (type.endsWith("[]")) {
            return "'{}'";
        }
        if (type.contains("character") || type.equals("text")) {
            return "'filled'";
        }
        if (type.startsWith("timestamp") || type.equals("date")) {
            return "now()";
        }
        return switch (type) {
            case "boolean" -> "false";
            case "uuid" -> "gen_random_uuid()";
            case "bytea" -> "'\\x00'::bytea";
            case "json", "jsonb" -> "'{}'";
            default -> "0";
        };
    }

    static SchemaModel readCatalog(TestDatabase db, ExpectedSchema expected) throws Exception {
        try (Connection connection = db.connect()) {
            return new PgCatalogReader().read(connection, expected.model().schemas());
        }
    }

    static PlanResult plan(TestDatabase db, ExpectedSchema expected, PlanOptions options) throws Exception {
        try (Connection connection = db.connect()) {
            return SchemaDiff.plan(connection, expected, options);
        }
    }

    static ApplyReport apply(TestDatabase db, ExpectedSchema expected, PlanOptions options) throws Exception {
        try (Connection connection = db.connect()) {
            return SchemaDiff.apply(connection, expected, options);
        }
    }

    static SchemaModel withoutColumnOrder(SchemaModel model) {
        return new SchemaModel(model.tables().stream()
                .map(t -> new Table(t.name(), t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(),
                        t.primaryKey(), t.uniqueKeys(), t.indexes(), t.foreignKeys(), t.checks()))
                .toList(), model.sequences()).normalized();
    }

    static QualifiedName table(String schema, String name) {
        return QualifiedName.of(schema, name);
    }
}
