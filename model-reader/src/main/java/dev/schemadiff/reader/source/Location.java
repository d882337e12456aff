package dev.schemadiff.reader.source;

import java.util.function.IntSupplier;

/**
 * Where a declaration is, for messages: {@code src/main/java/com/acme/Order.java:42}. The line is found
 * only when a message needs it: files are parsed without positions, which would slow every parse.
 */
final class Location {
    static final Location UNKNOWN = new Location("(unknown)", () -> 0);

    private final String file;
    private final IntSupplier lineSupplier;
    private int line = -1;

    Location(String file, IntSupplier line) {
        this.file = file;
        this.lineSupplier = line;
    }

    /** The line, 0 when unknown (a class file). */
    int line() {
        if (line < 0) {
            line = lineSupplier.getAsInt();
        }
        return line;
    }

    @Override
    public String toString() {
        return line() > 0 ? file + ":" + line() : file;
    }
}
