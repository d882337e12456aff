package dev.schemadiff.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A benchmark, not a timed test: reads a catalog of 3,000 tables with 15 columns each and prints the
 * time. It asserts only what was read. Runs with {@code -Dschemadiff.bench=true} (see the README).
 */
@EnabledIfSystemProperty(named = "schemadiff.bench", matches = "true")
@ExtendWith(PostgresExtension.class)
class LargeCatalogTest {
    private static final int TABLES = 3_000;

    @Test
    void readsThreeThousandTables(TestDatabase database) throws Exception {
        String columns = IntStream.rangeClosed(1, 13).mapToObj(i -> "c" + i + " varchar(100)")
                .collect(Collectors.joining(", "));
        for (int batch = 0; batch < TABLES; batch += 500) {
            database.execute(IntStream.range(batch, batch + 500).mapToObj(i -> "create table t" + i
                    + " (id bigint primary key, created timestamptz not null default now(), " + columns + ");"
                    + "create index t" + i + "_c1_idx on t" + i + " (c1);")
                    .collect(Collectors.joining()));
        }
        try (Connection connection = database.connect()) {
            PgCatalogReader reader = new PgCatalogReader();
            reader.read(connection, List.of("public")); // warms up the JIT and the server's catalog caches

            // Best of three: the build machine is shared, and one slow run says more about the neighbours.
            List<Duration> runs = new ArrayList<>();
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                SchemaModel model = reader.read(connection, List.of("public"));
                runs.add(Duration.ofNanos(System.nanoTime() - start));

                assertEquals(TABLES, model.tables().size());
                assertEquals(TABLES * 15, model.tables().stream().mapToInt(t -> t.columns().size()).sum());
                assertEquals(TABLES, model.tables().stream().mapToInt(t -> t.indexes().size()).sum());
            }
            Duration best = Collections.min(runs);
            System.out.println("read " + TABLES + " tables, best of three: " + best.toMillis() + " ms");
        }
    }
}
