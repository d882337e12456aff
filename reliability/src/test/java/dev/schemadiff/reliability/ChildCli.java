package dev.schemadiff.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The CLI in a child JVM, {@code java -cp <test classpath> dev.schemadiff.cli.Main ...}, so that it can be
 * killed as a deploy can be: {@code kill -9}, no shutdown hook, no finally block.
 */
final class ChildCli {
    /** What apply prints on stderr right before it opens its transaction: trials time their faults from it. */
    static final String APPLY_STARTS = "applying to schemas";
    /** What apply prints on stdout once it has committed. */
    static final String APPLY_DONE = "applied ";

    private final Process process;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Thread outReader;
    private final Thread errReader;

    private ChildCli(Process process) {
        this.process = process;
        this.outReader = pump(process.getInputStream(), out);
        this.errReader = pump(process.getErrorStream(), err);
    }

    /** Starts {@code schemadiff args}. */
    static ChildCli start(Path home, String... args) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", "-cp", System.getProperty("java.class.path"), "dev.schemadiff.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().put("HOME", home.toString());
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        try {
            return new ChildCli(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command.get(0), e);
        }
    }

    /** Whether {@code text} appeared on stderr within {@code timeout}. */
    boolean awaitErr(String text, Duration timeout) throws InterruptedException {
        return await(this::err, text, timeout);
    }

    /** Whether {@code text} appeared on stdout within {@code timeout}. */
    boolean awaitOut(String text, Duration timeout) throws InterruptedException {
        return await(this::out, text, timeout);
    }

    private boolean await(Supplier<String> stream, String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!stream.get().contains(text)) {
            if (!process.isAlive()) {
                outReader.join(5_000);
                errReader.join(5_000);
                return stream.get().contains(text);
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    /** SIGKILL: the JVM ends at once, its connection with it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for the exit and returns the code. */
    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new IllegalStateException("the CLI did not finish within " + timeout + "; killed it. stderr:\n" + err());
        }
        outReader.join(5_000);
        errReader.join(5_000);
        return process.exitValue();
    }

    synchronized String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    synchronized String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Thread pump(InputStream stream, ByteArrayOutputStream sink) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = stream.read(buffer)) >= 0; ) {
                    synchronized (this) {
                        sink.write(buffer, 0, n);
                    }
                }
            } catch (IOException streamClosedByKill) {
                // the process is gone; what was read is kept
            }
        }, "child-cli-pump");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
