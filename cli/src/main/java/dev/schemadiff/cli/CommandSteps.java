package dev.schemadiff.cli;

import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.change.Finding;
import java.util.List;

/** Steps plan and apply share, with their progress lines. */
final class CommandSteps {
    private CommandSteps() {
    }

    static ExpectedSchema readEntities(EntityReader reader, Console console) {
        console.progress("reading entities from " + EntityReader.describe(reader));
        long start = System.nanoTime();
        ExpectedSchema expected = console.working("reading entities", reader::read);
        expected.warnings().forEach(console::warning);
        console.progress("read " + count(expected.model().tables().size(), "table") + " and "
                + count(expected.model().sequences().size(), "sequence") + " from the entities in "
                + Console.elapsed(start));
        return expected;
    }

    /** One stderr line per finding, {@code ! kind location: detail}. */
    static void reportFindings(List<Finding> findings, Console console) {
        findings.forEach(finding -> console.progress("! " + ChangeText.describe(finding)));
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
