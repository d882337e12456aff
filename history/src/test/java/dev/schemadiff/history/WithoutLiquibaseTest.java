package dev.schemadiff.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Liquibase is optional at run time: without its jar, Flyway works and a Liquibase source is refused by name. */
@ExtendWith(PostgresExtension.class)
class WithoutLiquibaseTest {

    @Test
    void flywayWorksAndLiquibaseIsAskedForByName(TestDatabase database) throws Exception {
        List<URL> withoutLiquibase = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).filter(entry -> !entry.getFileName().toString().startsWith("liquibase"))
                .map(WithoutLiquibaseTest::url).toList();
        try (URLClassLoader isolated = new URLClassLoader(withoutLiquibase.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> isolated.loadClass("liquibase.Liquibase"));
            Class<?> probe = isolated.loadClass(WithoutLiquibaseProbe.class.getName());
            Object answers = probe.getMethod("run", String.class, String.class, String.class)
                    .invoke(null, database.jdbcUrl(), Sample.migrations().toString(), "src/test/resources/liquibase/changelog.sql");
            assertEquals(List.of("FRESH", "USAGE: Liquibase is not on the classpath, so "
                    + "src/test/resources/liquibase/changelog.sql cannot be read; add liquibase-core 4.33.x (the last"
                    + " Apache-2.0 line) to the classpath"), answers);
        }
    }

    private static URL url(Path entry) {
        try {
            return entry.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
