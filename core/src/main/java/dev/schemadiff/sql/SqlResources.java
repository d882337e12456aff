package dev.schemadiff.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the SQL that lives in resource files (catalog and system queries), once, into a constant. */
public final class SqlResources {
    private SqlResources() {
    }

    /**
     * @param path an absolute classpath resource, e.g. {@code /dev/schemadiff/api/privileges.sql}
     * @throws IllegalStateException when the resource is missing: a packaging error, not user input
     */
    public static String load(String path) {
        try (InputStream in = SqlResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
