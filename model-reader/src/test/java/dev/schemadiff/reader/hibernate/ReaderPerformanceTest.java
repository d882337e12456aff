package dev.schemadiff.reader.hibernate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A warm read of a 100-entity model, boot included, stays well under two seconds. */
class ReaderPerformanceTest {
    private static final Duration LIMIT = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    @Test
    void hundredEntityModelReadsWellUnderTwoSecondsWarm() {
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

        assertTrue(best.compareTo(LIMIT) < 0, "best warm read took " + best.toMillis() + " ms");
    }
}
