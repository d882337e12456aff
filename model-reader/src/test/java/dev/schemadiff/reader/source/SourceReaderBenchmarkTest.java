package dev.schemadiff.reader.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.testkit.GeneratedModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A benchmark, not a timed test: reads a generated tree of 3,000 entities among 10,000 unrelated classes
 * (controllers, services, DTOs) and prints entities per second and peak heap, cold and warm. Runs with
 * {@code -Dschemadiff.bench=true}; add {@code -DargLine="-XX:TieredStopAtLevel=1 -XX:-DontCompileHugeMethods"}
 * for the JIT settings of the {@code ./schemadiff} launcher.
 */
@EnabledIfSystemProperty(named = "schemadiff.bench", matches = "true")
class SourceReaderBenchmarkTest {
    private static final int ENTITIES = 3_000;
    private static final int UNRELATED = 10_000;

    @TempDir
    Path dir;

    @Test
    void printsEntitiesPerSecondAndPeakHeap() throws IOException {
        GeneratedModel model = GeneratedModel.write(ENTITIES, 20_260_101L, dir);
        writeUnrelated(model.sourceRoot());
        SourceReaderOptions options = SourceReaderOptions.of(List.of(model.sourceRoot()), NamingMode.SPRING);

        for (String run : List.of("cold", "warm", "warm")) {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            ExpectedSchema schema = new SourceModelReader().read(options);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peakMegabytes = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;

            assertTrue(schema.model().tables().size() >= ENTITIES, "tables: " + schema.model().tables().size());
            System.out.printf("source read (%s), %d entities among %d files: %d ms, %d entities/s, peak heap %d MB%n",
                    run, ENTITIES, ENTITIES + UNRELATED, millis, ENTITIES * 1000L / Math.max(1, millis), peakMegabytes);
        }
    }

    /** Classes an application holds besides its entities, in packages of their own. */
    private static void writeUnrelated(Path root) throws IOException {
        for (int i = 0; i < UNRELATED; i++) {
            String kind = switch (i % 3) {
                case 0 -> "web";
                case 1 -> "service";
                default -> "dto";
            };
            Path file = root.resolve("gen/" + kind + "/Unrelated" + i + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, switch (kind) {
                case "web" -> """
                        package gen.web;

                        import java.util.List;
                        import java.util.Map;

                        /** A controller: ResponseEntity mentions Entity without being one. */
                        public class Unrelated%1$d {
                            private final Map<String, List<Integer>> cache = new java.util.HashMap<>();

                            public ResponseEntity<String> get(String id) {
                                return cache.containsKey(id) ? ResponseEntity.ok(id) : ResponseEntity.notFound();
                            }

                            interface ResponseEntity<T> {
                                static <T> ResponseEntity<T> ok(T body) {
                                    return null;
                                }

                                static <T> ResponseEntity<T> notFound() {
                                    return null;
                                }
                            }
                        }
                        """.formatted(i);
                case "service" -> """
                        package gen.service;

                        import java.util.stream.IntStream;

                        /** A service with some logic in it. */
                        public class Unrelated%1$d {
                            public int total(int[] values) {
                                int sum = 0;
                                for (int value : values) {
                                    sum += value > 0 ? value : -value;
                                }
                                return sum + IntStream.range(0, %1$d %% 7).map(x -> x * 2).sum();
                            }
                        }
                        """.formatted(i);
                default -> """
                        package gen.dto;

                        /** A data transfer object. */
                        public record Unrelated%1$d(String name, long amount, java.time.Instant at) {
                            public Unrelated%1$d {
                                if (amount < 0) {
                                    throw new IllegalArgumentException("amount");
                                }
                            }
                        }
                        """.formatted(i);
            });
        }
    }
}
