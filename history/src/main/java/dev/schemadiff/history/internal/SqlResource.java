package dev.schemadiff.history.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the SQL of a resource file of this module, once, into a constant. */
public final class SqlResource {
    private SqlResource() {
    }

    public static String load(String fileName) {
        String path = "/dev/schemadiff/history/" + fileName;
        try (InputStream in = SqlResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
