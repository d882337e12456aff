package dev.schemadiff.reader.hibernate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A benchmark, not a timed test: prints the best of three warm reads of a 100-entity model, Hibernate
 * boot included. Runs with {@code -Dschemadiff.bench=true}.
 */
@EnabledIfSystemProperty(named = "schemadiff.bench", matches = "true")
class ReaderPerformanceTest {

    @TempDir
    Path dir;

    @Test
    void printsTheWarmReadTimeOfAHundredEntityModel() {
        ModelReaderOptions options =
                ModelReaderOptions.of(List.of(TestEntities.generated(dir)), NamingMode.SPRING);
        HibernateModelReader reader = new HibernateModelReader();
        reader.read(options); // warm-up: class loading and JIT of Hibernate's boot
        reader.read(options);

        // The best of three: the machine running the tests may be busy with other work.
        Duration best = Duration.ofDays(1);
        for (int attempt = 0; attempt < 3; attempt++) {
            long start = System.nanoTime();
            int tables = reader.read(options).model().tables().size();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            best = elapsed.compareTo(best) < 0 ? elapsed : best;
            assertTrue(tables >= TestEntities.GENERATED_ENTITIES, "tables read: " + tables);
        }

        System.out.println("Hibernate model read, " + TestEntities.GENERATED_ENTITIES + " entities, best warm of three: " + best.toMillis() + " ms");
    }
}
