package dev.schemadiff.cli;

import dev.schemadiff.reader.NamingMode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/** Option values as shell completion offers them: lower case, as the help and the README write them. */
final class CompletionValues {
    private CompletionValues() {
    }

    /** {@code --format}: sql, markdown, json. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return lowerCase(OutputFormat.values());
        }
    }

    /** {@code --naming}: spring, jpa. */
    static final class Namings implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return lowerCase(NamingMode.values());
        }
    }

    private static Iterator<String> lowerCase(Enum<?>[] values) {
        return Arrays.stream(values).map(value -> value.name().toLowerCase(Locale.ROOT)).iterator();
    }
}
