package dev.schemadiff.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the trial table once all tests ran, and writes it to {@code target/reliability-summary.txt}.
 * Registered through {@code META-INF/services}, so it runs however the tests are started.
 */
public final class SummaryPrinter implements TestExecutionListener {
    private static final Path SUMMARY = Path.of("target", "reliability-summary.txt");

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (Trials.isEmpty()) {
            return;
        }
        String table = Trials.table();
        System.out.println();
        System.out.println("schemadiff reliability summary");
        System.out.print(table);
        try {
            Files.createDirectories(SUMMARY.getParent());
            Files.writeString(SUMMARY, table);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + SUMMARY, e);
        }
    }
}
