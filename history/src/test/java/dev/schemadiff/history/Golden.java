package dev.schemadiff.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden files: run with {@code -Dgolden.update=true} to rewrite them, then review them in the diff. */
final class Golden {
    private Golden() {
    }

    static void assertMatches(Path file, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), file + " is missing: run the tests with -Dgolden.update=true to write it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual);
    }
}
