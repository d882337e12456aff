package dev.schemadiff.testkit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The optional Docker backend. Only touched when asked for, so a machine without Docker never pays. */
final class TestcontainersBackend {
    static final String IMAGE = "postgres:17";

    private TestcontainersBackend() {
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
    static TestDatabases.Backend start() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        container.start();
        String admin = container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?")
                + "user=" + container.getUsername() + "&password=" + container.getPassword();
        return TestDatabases.Backend.external(admin);
    }
}
