package dev.schemadiff.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One child JVM run, as a CI job pays it: wall time from fork to exit, the child's peak RSS (VmHWM of
 * /proc/PID/status, polled while it runs: a high-water mark, so the last read is the peak up to then)
 * and its peak heap (the largest "before" size of any GC in its {@code -Xlog:gc} output; a run that
 * never collects still reports the heap used at exit, from {@code gc+heap+exit}).
 *
 * @param wallMillis  fork to exit
 * @param peakRssKb   VmHWM in kB, or 0 when it could not be read
 * @param peakHeapMb  the largest heap occupancy the GC log shows, in MB
 * @param stdout      the child's standard output
 * @param exitCode    the child's exit code
 */
record ChildRun(double wallMillis, long peakRssKb, long peakHeapMb, String stdout, int exitCode) {
    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");
    private static final Pattern HEAP_AT_EXIT = Pattern.compile("used (\\d+)K");
    private static final long POLL_MILLIS = 10;

    /**
     * Runs {@code java <jvmOptions> -Xlog:gc,gc+heap+exit:file=<log> <arguments>} in {@code workDir} and waits for it.
     *
     * @throws IllegalStateException when the child fails with an exit code not in {@code okExitCodes}
     */
    static ChildRun run(Path workDir, List<String> jvmOptions, List<String> arguments, int... okExitCodes) {
        try {
            Files.createDirectories(workDir);
            Path gcLog = Files.createTempFile(workDir, "gc", ".log");
            Path out = Files.createTempFile(workDir, "stdout", ".txt");
            Path err = Files.createTempFile(workDir, "stderr", ".txt");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-Xlog:gc,gc+heap+exit:file=" + gcLog);
            command.addAll(arguments);
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            long peakRss = 0;
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                peakRss = Math.max(peakRss, vmHwmKb(status));
            }
            double wall = (System.nanoTime() - start) / 1e6;
            int exit = process.exitValue();
            if (!accepted(exit, okExitCodes)) {
                throw new IllegalStateException("child JVM " + arguments + " exited " + exit + ": "
                        + tail(Files.readString(err, StandardCharsets.UTF_8)));
            }
            ChildRun run = new ChildRun(wall, peakRss, peakHeapMb(Files.readAllLines(gcLog)),
                    Files.readString(out, StandardCharsets.UTF_8), exit);
            Files.delete(gcLog);
            Files.delete(out);
            Files.delete(err);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run a child JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a child JVM", e);
        }
    }

    private static boolean accepted(int exit, int[] okExitCodes) {
        if (okExitCodes.length == 0) {
            return exit == 0;
        }
        for (int ok : okExitCodes) {
            if (ok == exit) {
                return true;
            }
        }
        return false;
    }

    private static long vmHwmKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The child exited between waitFor and the read; the previous value stands.
        }
        return 0;
    }

    static long peakHeapMb(List<String> gcLogLines) {
        long peak = 0;
        for (String line : gcLogLines) {
            Matcher heap = GC_HEAP.matcher(line);
            while (heap.find()) {
                peak = Math.max(peak, Math.max(Long.parseLong(heap.group(1)), Long.parseLong(heap.group(2))));
            }
            Matcher atExit = HEAP_AT_EXIT.matcher(line);
            if (line.contains("heap") && atExit.find()) {
                peak = Math.max(peak, Long.parseLong(atExit.group(1)) / 1024);
            }
        }
        return peak;
    }

    private static String tail(String text) {
        String stripped = text.strip();
        return stripped.length() <= 2000 ? stripped : "..." + stripped.substring(stripped.length() - 2000);
    }
}
