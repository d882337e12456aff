package dev.schemadiff.reader.source.corpus;

/** Constants used in mapping annotations: the source reader evaluates them. */
public final class Names {
    public static final String PREFIX = "lib_";
    public static final int CODE_LENGTH = 2 * 8;

    private Names() {
    }
}
