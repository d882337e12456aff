package dev.schemadiff.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One transient status line on a terminal's stderr, {@code reading the catalog... 2.4 s}, redrawn in
 * place while long work runs and erased when it ends, so the permanent lines around it stay clean.
 * Only used when stderr is a terminal: in a pipe or a CI log the carriage returns would be noise.
 */
final class ProgressLine {
    static final String TERMINAL_PROPERTY = "schemadiff.stderr.terminal";
    private static final String ERASE_LINE = "\r\033[K";

    private final PrintWriter err;
    private final Object lock;
    private final Duration delay;
    private final Duration interval;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "schemadiff-progress");
        thread.setDaemon(true);
        return thread;
    });
    private boolean visible;

    /**
     * @param lock     guards {@code err}: every writer to it must hold this lock
     * @param delay    work that ends sooner shows no line at all
     * @param interval how often the elapsed time is redrawn
     */
    ProgressLine(PrintWriter err, Object lock, Duration delay, Duration interval) {
        this.err = err;
        this.lock = lock;
        this.delay = delay;
        this.interval = interval;
    }

    /**
     * Whether stderr is a terminal. Java cannot tell for stderr alone, so the launcher script, which can
     * ({@code [ -t 2 ]}), says so in {@code -Dschemadiff.stderr.terminal}; without it, a console (stdin and
     * stdout interactive) that is not a dumb terminal counts as one.
     */
    static boolean stderrIsTerminal() {
        String declared = System.getProperty(TERMINAL_PROPERTY);
        if (declared != null) {
            return Boolean.parseBoolean(declared);
        }
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    /** Shows {@code what} with its elapsed time until the returned action is run. */
    Runnable start(String what) {
        long start = System.nanoTime();
        boolean[] ended = {false};
        ScheduledFuture<?> redraw = ticker.scheduleAtFixedRate(() -> {
            synchronized (lock) {
                // a tick that was already running when the task ended must not draw the line again
                if (!ended[0]) {
                    draw(what + "... " + Console.elapsed(start));
                }
            }
        }, delay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return () -> {
            redraw.cancel(false);
            synchronized (lock) {
                ended[0] = true;
                clear();
            }
        };
    }

    /** Erases the line so a permanent line can be printed; the next tick draws it again. Hold the lock. */
    void clear() {
        if (visible) {
            err.print(ERASE_LINE);
            err.flush();
            visible = false;
        }
    }

    private void draw(String text) {
        err.print("\r" + text + "\033[K");
        err.flush();
        visible = true;
    }
}
