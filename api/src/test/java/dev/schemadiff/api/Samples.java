package dev.schemadiff.api;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the recruiting sample: its compiled classes (a test dependency) and its SQL files. */
final class Samples {
    private Samples() {
    }

    static Path recruitingClasses() throws URISyntaxException, ClassNotFoundException {
        Path location = Path.of(Class.forName("dev.schemadiff.samples.recruiting.Candidate", false,
                Samples.class.getClassLoader()).getProtectionDomain().getCodeSource().getLocation().toURI());
        return location;
    }

    static Path recruitingFile(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("samples/recruiting"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("samples/recruiting not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("samples/recruiting").resolve(name);
    }

}
