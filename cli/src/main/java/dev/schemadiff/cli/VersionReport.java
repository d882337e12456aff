package dev.schemadiff.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine;

/**
 * {@code schemadiff --version}: the tool's version, then the version of each library that decides what a
 * plan contains, as found on the running classpath (a jar swapped in by hand shows as such), and the
 * embedded PostgreSQL the tool was built with. Starts no server and opens no connection.
 */
final class VersionReport implements CommandLine.IVersionProvider {
    static final String BUILD_PROPERTIES = "dev/schemadiff/cli/build.properties";
    static final String ABSENT = "not on the classpath";

    /** One line of the report: a component's name and how to find its version through a class loader. */
    private record Component(String name, Lookup lookup) {
    }

    @FunctionalInterface
    private interface Lookup {
        Optional<String> version(ClassLoader loader);
    }

    private static final List<Component> LIBRARIES = List.of(
            new Component("Hibernate ORM", loader -> staticCall(loader, "org.hibernate.Version", "getVersionString")),
            new Component("PostgreSQL JDBC", loader -> staticField(loader, "org.postgresql.util.DriverInfo", "DRIVER_VERSION")),
            new Component("Flyway", loader -> property(loader, "META-INF/maven/org.flywaydb/flyway-core/pom.properties", "version")),
            new Component("Liquibase", loader -> property(loader, "liquibase.build.properties", "build.version")),
            // The binaries jar carries no version of its own: the build records the one it bundled.
            new Component("embedded PostgreSQL", loader -> property(loader, BUILD_PROPERTIES, "postgres.binaries.version")));

    private final ClassLoader loader;

    /** The report of the classpath schemadiff runs on. */
    VersionReport() {
        this(VersionReport.class.getClassLoader());
    }

    /** The report of what {@code loader} finds: tests pass one that lacks the optional libraries. */
    VersionReport(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>();
        lines.add("schemadiff " + property(loader, BUILD_PROPERTIES, "schemadiff.version").orElse("(development build)"));
        for (Component component : LIBRARIES) {
            lines.add(String.format("  %-20s %s", component.name(), component.lookup().version(loader).orElse(ABSENT)));
        }
        lines.add(String.format("  %-20s %s (%s)", "Java", Runtime.version(), System.getProperty("java.vendor")));
        return lines.toArray(String[]::new);
    }

    private static Optional<String> staticCall(ClassLoader loader, String className, String method) {
        try {
            return Optional.of(String.valueOf(Class.forName(className, true, loader).getMethod(method).invoke(null)));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            return Optional.of("unknown (" + e + ")");
        }
    }

    private static Optional<String> staticField(ClassLoader loader, String className, String field) {
        try {
            return Optional.of(String.valueOf(Class.forName(className, true, loader).getField(field).get(null)));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return Optional.of("unknown (" + e + ")");
        }
    }

    private static Optional<String> property(ClassLoader loader, String resource, String key) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty(key));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }
}
