package dev.schemadiff.history.internal;

import dev.schemadiff.sql.SqlResources;

/** This module's SQL resource files, under {@code /dev/schemadiff/history/}. */
public final class SqlResource {
    private SqlResource() {
    }

    public static String load(String fileName) {
        return SqlResources.load("/dev/schemadiff/history/" + fileName);
    }
}
