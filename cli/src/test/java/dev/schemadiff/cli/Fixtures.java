package dev.schemadiff.cli;

import dev.schemadiff.samples.recruiting.Candidate;
import dev.schemadiff.testkit.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Shared test inputs: the recruiting sample's classes and URLs for a test database. */
final class Fixtures {
    private Fixtures() {
    }

    /** The compiled recruiting entities, a directory or jar, wherever the test classpath has them. */
    static Path recruitingClasses() {
        try {
            return Path.of(Candidate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test database's connection settings, read with the CLI's own parser. */
    static DatabaseUrl parts(TestDatabase database) {
        return DatabaseUrl.parse(database.jdbcUrl());
    }

    /** {@code scheme://user[:password]@host:port/database} for the test database. */
    static String url(String scheme, TestDatabase database, String databaseName) {
        DatabaseUrl parts = parts(database);
        return scheme + "://" + encode(parts.user()) + (parts.password() == null ? "" : ":" + encode(parts.password()))
                + "@" + parts.host() + ":" + parts.port() + "/" + databaseName;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A TCP port nothing listens on (free a moment ago). */
    static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
