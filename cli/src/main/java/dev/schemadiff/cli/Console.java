package dev.schemadiff.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The two output streams. stdout carries the command's result only (a plan, or what apply did), so it
 * can be piped; progress, warnings and findings go to stderr, with passwords masked.
 */
final class Console {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Secrets secrets;

    Console(PrintWriter out, PrintWriter err, Secrets secrets) {
        this.out = out;
        this.err = err;
        this.secrets = secrets;
    }

    /** A progress or diagnostic line on stderr. */
    void progress(String line) {
        err.println(secrets.mask(line));
        err.flush();
    }

    void warning(String line) {
        progress("warning: " + line);
    }

    /** Result text on stdout, as is: plans are never masked, as masking could corrupt their SQL. */
    void result(String text) {
        out.print(text);
        out.flush();
    }

    void resultLine(String line) {
        result(line + System.lineSeparator());
    }

    /** Time since {@code startNanos} as {@code 1.2 s}. */
    static String elapsed(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
