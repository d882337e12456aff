package dev.schemadiff.cli;

import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.hibernate.HibernateModelReader;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.change.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Steps plan and apply share, with their progress lines. */
final class CommandSteps {
    private CommandSteps() {
    }

    static ExpectedSchema readEntities(ModelReaderOptions options, Console console) {
        console.progress("reading entities from " + options.classes().stream().map(Path::toString)
                .collect(Collectors.joining(", ")));
        long start = System.nanoTime();
        ExpectedSchema expected = new HibernateModelReader().read(options);
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
