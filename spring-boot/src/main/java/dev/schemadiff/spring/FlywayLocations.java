package dev.schemadiff.spring;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The application's Flyway migrations ({@code spring.flyway.locations}, by default
 * {@code classpath:db/migration}) copied into one directory, because recover replays files from a
 * directory and an application's migrations usually sit inside its jar. Paths below each location are
 * kept, so the history rows recover writes name the scripts as the application's Flyway does.
 */
final class FlywayLocations implements AutoCloseable {
    static final String DEFAULT_LOCATION = "classpath:db/migration";

    private final Path directory;

    private FlywayLocations(Path directory) {
        this.directory = directory;
    }

    /** The directory holding the copies. */
    Path directory() {
        return directory;
    }

    /**
     * @throws SchemaDiffException ({@code USAGE}) when no location holds a {@code .sql} migration
     */
    static FlywayLocations copy(Environment environment, ClassLoader loader) {
        List<String> locations = List.of(environment.getProperty("spring.flyway.locations", String[].class,
                new String[] {DEFAULT_LOCATION}));
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(loader);
        try {
            Path directory = Files.createTempDirectory("schemadiff-migrations");
            int copied = 0;
            for (String location : locations) {
                String root = springPattern(location.strip());
                for (Resource resource : resolver.getResources(root + "/**/*.sql")) {
                    String url = resource.getURL().toString();
                    String base = root.substring(root.indexOf(':') + 1);
                    String relative = url.substring(url.lastIndexOf(base + "/") + base.length() + 1);
                    Path target = directory.resolve(relative).normalize();
                    Files.createDirectories(target.getParent());
                    try (InputStream in = resource.getInputStream()) {
                        Files.copy(in, target);
                    }
                    copied++;
                }
            }
            if (copied == 0) {
                deleteRecursively(directory);
                throw new SchemaDiffException(ErrorCode.USAGE, "schemadiff.mode=recover found no .sql migration in "
                        + locations + "; set spring.flyway.locations, or schemadiff.migrations=flyway:DIR");
            }
            return new FlywayLocations(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("copying the Flyway migrations of " + locations, e);
        }
    }

    /** Flyway writes {@code filesystem:}, Spring {@code file:}; {@code classpath*:} finds them in every jar. */
    private static String springPattern(String location) {
        if (location.startsWith("filesystem:")) {
            return "file:" + location.substring("filesystem:".length());
        }
        if (location.startsWith("classpath:")) {
            return "classpath*:" + location.substring("classpath:".length());
        }
        return location.contains(":") ? location : "classpath*:" + location;
    }

    @Override
    public void close() {
        try {
            deleteRecursively(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("deleting " + directory, e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
