package dev.schemadiff.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@link GoldenCase}'s script against {@code src/test/resources/golden/<case>/expected-plan.sql}.
 * Run with {@code -Dgolden.update=true} to rewrite the files, then review them in the diff.
 */
class GoldenPlanTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static Stream<GoldenCase> cases() {
        return GoldenCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scriptMatchesGoldenFile(GoldenCase c) throws IOException {
        String script = SqlScript.render(c.plan());
        Path file = GOLDEN.resolve(c.name()).resolve("expected-plan.sql");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, script, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), file + " is missing: run the tests with -Dgolden.update=true to write it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), script, c.name());
    }
}
