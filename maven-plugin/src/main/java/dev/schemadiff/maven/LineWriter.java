package dev.schemadiff.maven;

import java.io.Writer;
import java.util.function.Consumer;

/** A writer that hands each complete line to a consumer: the CLI's stdout and stderr into the build log. */
final class LineWriter extends Writer {
    private final Consumer<String> lines;
    private final StringBuilder pending = new StringBuilder();

    LineWriter(Consumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (c == '\n') {
                emit();
            } else if (c != '\r') {
                pending.append(c);
            }
        }
    }

    @Override
    public void flush() {
        // Lines are handed on as they complete; a partial line waits for its end or for close().
    }

    @Override
    public void close() {
        if (!pending.isEmpty()) {
            emit();
        }
    }

    private void emit() {
        lines.accept(pending.toString());
        pending.setLength(0);
    }
}
