package dev.schemadiff.testkit;

import dev.schemadiff.embedded.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * Chooses the PostgreSQL server the tests run against, once per JVM:
 * <ol>
 *   <li>an external server when {@code -Dschemadiff.test.jdbc-url} (or {@code SCHEMADIFF_TEST_JDBC_URL})
 *       names one: a URL with a role that may {@code CREATE DATABASE};</li>
 *   <li>Testcontainers when {@code -Dschemadiff.test.backend=testcontainers}: skipped with a reason
 *       when no Docker engine answers;</li>
 *   <li>otherwise the embedded server from Maven Central.</li>
 * </ol>
 * Every test gets its own database, created by {@link #create(String)}.
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Backend backend;

    private TestDatabases() {
    }

    /** A new empty database whose name starts with {@code prefix} (lower case letters and digits). */
    public static TestDatabase create(String prefix) {
        Backend server = backend();
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(server.adminUrl());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + ": " + e.getMessage(), e);
        }
        return new TestDatabase(name, server.urlFor(name));
    }

    /** Describes the backend in use, for test output. */
    public static String describe() {
        return backend().description();
    }

    private static synchronized Backend backend() {
        if (backend == null) {
            backend = chooseBackend();
        }
        return backend;
    }

    private static Backend chooseBackend() {
        String external = setting("schemadiff.test.jdbc-url", "SCHEMADIFF_TEST_JDBC_URL");
        if (external != null) {
            return Backend.external(external);
        }
        if ("testcontainers".equals(setting("schemadiff.test.backend", "SCHEMADIFF_TEST_BACKEND"))) {
            Assumptions.assumeTrue(TestcontainersBackend.dockerAvailable(),
                    "Testcontainers backend requested but no Docker engine answered; skipping database tests");
            return TestcontainersBackend.start();
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
        return new Backend("embedded PostgreSQL on port " + server.port(),
                server.jdbcUrl("postgres"), server::jdbcUrl);
    }

    private static String setting(String property, String environment) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A server: where to create databases, and how to reach a database by name. */
    record Backend(String description, String adminUrl, java.util.function.Function<String, String> urlFor) {
        String urlFor(String database) {
            return urlFor.apply(database);
        }

        static Backend external(String url) {
            // Replace the database part of the URL, keep host, port and parameters.
            int slash = url.indexOf('/', "jdbc:postgresql://".length());
            int query = url.indexOf('?', Math.max(slash, 0));
            String prefix = slash < 0 ? url : url.substring(0, slash + 1);
            String parameters = query < 0 ? "" : url.substring(query);
            return new Backend("external PostgreSQL " + prefix.replaceAll("//[^@/]*@", "//***@"), url,
                    database -> prefix + database + parameters);
        }
    }
}
