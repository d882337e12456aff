package dev.schemadiff.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.catalog.PgCatalogReader;
import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.reader.hibernate.HibernateDdl;
import dev.schemadiff.reader.hibernate.HibernateModelReader;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.testkit.GeneratedModel;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A benchmark, not a timed test: prints the warm time of each plan phase for a generated model of N
 * entities whose schema Hibernate created. Runs with {@code -Dschemadiff.bench=true}.
 */
@EnabledIfSystemProperty(named = "schemadiff.bench", matches = "true")
@ExtendWith(PostgresExtension.class)
class PlanBenchmarkTest {
    private static final int RUNS = 5;

    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {120, 1000})
    void printsPlanPhaseTimes(int entities, TestDatabase db, @TempDir Path dir) throws Exception {
        GeneratedModel model = GeneratedModel.write(entities, 20261121L, dir).compile();
        ModelReaderOptions options = ModelReaderOptions.of(List.of(model.classesDir()), NamingMode.SPRING);
        db.execute(new HibernateDdl().createScript(options));
        HibernateModelReader modelReader = new HibernateModelReader();
        try (Connection connection = db.connect()) {
            ExpectedSchema expected = modelReader.read(options);
            long modelMillis = bestOf(() -> modelReader.read(options));
            long catalogMillis = bestOf(() -> new PgCatalogReader().read(connection, expected.model().schemas()));
            long planMillis = bestOf(() -> SchemaDiff.plan(connection, expected, PlanOptions.defaults()));
            assertEquals(List.of(), SchemaDiff.plan(connection, expected, PlanOptions.defaults()).changes().changes());
            System.out.printf("plan benchmark N=%d (%d tables): read entities %d ms, read catalog %d ms,"
                            + " plan (catalog + diff + emit) %d ms; best of %d warm runs%n",
                    entities, expected.model().tables().size(), modelMillis, catalogMillis, planMillis, RUNS);
        }
    }

    private static long bestOf(Supplier<?> work) {
        work.get();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            work.get();
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }
}
