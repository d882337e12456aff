package dev.schemadiff.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The two output streams. stdout carries the command's result only (a plan, or what apply did), so it
 * can be piped; progress, warnings and findings go to stderr, with passwords masked.
 */
final class Console {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Secrets secrets;
    /** Guards both streams: the progress line's ticker writes from another thread. */
    private final Object lock = new Object();
    /** {@code null} unless stderr is a terminal. */
    private final ProgressLine progressLine;

    /** A console without the transient progress line, for pipes, logs and tests. */
    Console(PrintWriter out, PrintWriter err, Secrets secrets) {
        this(out, err, secrets, null);
    }

    /**
     * @param progressDelay {@code null} for no progress line; else work that ends sooner than this shows
     *                      none, longer work shows a transient line on stderr (for a terminal)
     */
    Console(PrintWriter out, PrintWriter err, Secrets secrets, Duration progressDelay) {
        this.out = out;
        this.err = err;
        this.secrets = secrets;
        this.progressLine = progressDelay == null ? null
                : new ProgressLine(err, lock, progressDelay, Duration.ofMillis(100));
    }

    /** A progress or diagnostic line on stderr. */
    void progress(String line) {
        synchronized (lock) {
            clearProgressLine();
            err.println(secrets.mask(line));
            err.flush();
        }
    }

    /**
     * Does long work (reading entities or the catalog, applying): on a terminal, a transient line shows
     * {@code what} and the time spent while it runs; otherwise nothing is shown.
     */
    <T> T working(String what, Supplier<T> work) {
        if (progressLine == null) {
            return work.get();
        }
        Runnable end = progressLine.start(secrets.mask(what));
        try {
            return work.get();
        } finally {
            end.run();
        }
    }

    void warning(String line) {
        progress("warning: " + line);
    }

    /** Result text on stdout, as is: plans are never masked, as masking could corrupt their SQL. */
    void result(String text) {
        synchronized (lock) {
            clearProgressLine(); // stdout may be the same terminal
            out.print(text);
            out.flush();
        }
    }

    void resultLine(String line) {
        result(line + System.lineSeparator());
    }

    /** Time since {@code startNanos} as {@code 1.2 s}. */
    static String elapsed(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private void clearProgressLine() {
        if (progressLine != null) {
            progressLine.clear();
        }
    }
}
