package dev.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The transient progress line: on a terminal it shows long work and leaves no trace; elsewhere it is absent. */
class ProgressLineTest {
    private static final String ERASE = "\r\033[K";

    @Test
    void onATerminalLongWorkShowsALineThatIsErasedAroundEveryPermanentLine() {
        StringWriter err = new StringWriter();
        Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(err), new Secrets(),
                Duration.ZERO);

        int result = console.working("reading entities", () -> {
            awaitText(err, "\rreading entities... 0.");
            console.progress("connected to the database");
            awaitText(err, "connected to the database\n\rreading entities... ");
            return 42;
        });
        console.progress("done");

        assertEquals(42, result);
        String text = err.toString();
        assertTrue(text.contains("\033[K" + ERASE + "connected to the database\n"), "erased before a permanent line");
        assertTrue(text.endsWith(ERASE + "done\n"), "erased when the work ends: " + text.replace("\033", "ESC"));
        assertEquals("connected to the database\ndone\n", withoutTransientLines(text), "nothing else remains");
    }

    @Test
    void workShorterThanTheDelayShowsNothing() {
        StringWriter err = new StringWriter();
        Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(err), new Secrets(),
                Duration.ofMinutes(1));

        console.working("reading the catalog", () -> "quick");
        console.progress("planned");

        assertEquals("planned\n", err.toString());
    }

    @Test
    void inAPipeOrLogThereIsNoProgressLine() {
        StringWriter err = new StringWriter();
        Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(err), new Secrets());

        console.working("reading entities", () -> {
            sleep(300);
            return null;
        });
        console.progress("done");

        assertEquals("done\n", err.toString());
        assertFalse(err.toString().contains("\r"));
    }

    @Test
    void theLineNeverShowsAPassword() {
        StringWriter err = new StringWriter();
        Secrets secrets = new Secrets();
        secrets.add("s3cret");
        Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(err), secrets, Duration.ZERO);

        console.working("connecting as app:s3cret", () -> {
            awaitText(err, "connecting as app:");
            return null;
        });

        assertFalse(err.toString().contains("s3cret"), err.toString());
    }

    /** The permanent lines: every transient "\r..." segment removed. */
    private static String withoutTransientLines(String text) {
        return text.replaceAll("\r[^\r\n]*\033\\[K", "");
    }

    private static void awaitText(StringWriter writer, String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!writer.toString().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never printed <" + text + ">: " + writer.toString().replace("\033", "ESC"));
            }
            sleep(10);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
