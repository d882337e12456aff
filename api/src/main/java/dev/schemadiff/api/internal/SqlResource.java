package dev.schemadiff.api.internal;

import dev.schemadiff.sql.SqlResources;

/** This module's SQL resource files, under {@code /dev/schemadiff/api/}. */
final class SqlResource {
    private SqlResource() {
    }

    static String load(String fileName) {
        return SqlResources.load("/dev/schemadiff/api/" + fileName);
    }
}
