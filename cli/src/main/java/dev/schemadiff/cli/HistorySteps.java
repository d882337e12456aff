package dev.schemadiff.cli;

import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.api.PlanResult;
import dev.schemadiff.emit.SqlScript;
import dev.schemadiff.history.DataChange;
import dev.schemadiff.history.Gap;
import dev.schemadiff.history.MigrationHistory;
import dev.schemadiff.history.MigrationSource;
import dev.schemadiff.history.RecoverReport;
import dev.schemadiff.history.RecoveryOptions;
import dev.schemadiff.history.StampedVersion;
import dev.schemadiff.schema.ExpectedSchema;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code apply --stamp}, and prints what recover (or apply --stamp) did, one line per step, on stdout. */
final class HistorySteps {
    private HistorySteps() {
    }

    /** {@code apply --stamp}: after the apply committed, records the migrations the database now holds. */
    static RecoverReport stampAfterApply(Connection connection, MigrationSource source, ExpectedSchema entities,
                                         PlanOptions plan, Console console) {
        RecoveryOptions options = RecoveryOptions.of(source).withPlan(plan).withEntities(entities)
                .withProgress(console::progress);
        try {
            return console.working("stamping", () -> MigrationHistory.stampAfterApply(connection, options));
        } catch (SchemaDiffException e) {
            throw e.getMessage().startsWith("the changes were applied") ? e
                    : new SchemaDiffException(e.code(), "the changes were applied, but --stamp failed: " + e.getMessage(), e);
        }
    }

    /** The lines of a report: verified, completed (with the changes added), repaired, recorded, run, warnings. */
    static void print(RecoverReport report, MigrationSource source, Console console) {
        String tool = source.toolName();
        if (report.dryRun()) {
            printDryRun(report, tool, console);
            return;
        }
        report.verified().forEach(version -> console.resultLine("= " + label(tool, version)
                + ": its objects exist; recorded as applied without running it"));
        if (!report.reconciled().isEmpty()) {
            console.resultLine("+ " + labels(tool, report.reconciled()) + ": objects existed in part; added the rest:");
        }
        if (report.reconcile() != null) {
            PlannedChange.of(report.reconcile().plan())
                    .forEach(change -> console.resultLine("+   " + ChangeText.describe(change.change())));
        }
        report.repaired().forEach(line -> console.resultLine("~ " + line));
        for (StampedVersion row : report.stamped()) {
            console.resultLine("recorded " + label(tool, row.version()) + " in " + row.table() + ": " + row.row());
        }
        report.migrated().forEach(version -> console.resultLine("> " + tool + " ran " + label(tool, version)));
        printWarnings(report, tool, console);
        report.notStamped().forEach(version -> console.resultLine("- " + label(tool, version)
                + " not recorded: its objects are absent or incomplete; " + tool + " runs it"
                + (source instanceof MigrationSource.Flyway ? " (or run schemadiff recover)" : "")));
    }

    private static void printDryRun(RecoverReport report, String tool, Console console) {
        List<String> lines = new ArrayList<>();
        lines.add("-- schemadiff recover --dry-run: nothing was written. State: " + report.before());
        report.verified().forEach(version -> lines.add("-- " + label(tool, version)
                + ": its objects exist; would be recorded as applied"));
        report.reconciled().forEach(version -> lines.add("-- " + label(tool, version)
                + ": objects exist in part; the SQL below adds the rest, then it would be recorded"));
        report.repaired().forEach(line -> lines.add("-- would repair the history: " + line));
        report.stamped().forEach(row -> lines.add("-- would record in " + row.table() + ": " + row.row()));
        report.notStamped().forEach(version -> lines.add("-- " + label(tool, version) + " is left for " + tool + " to run"));
        lines.forEach(console::resultLine);
        PlanResult reconcile = report.reconcile();
        if (reconcile != null && reconcile.plan().hasStatements()) {
            console.result(SqlScript.render(reconcile.plan()));
        }
        printWarnings(report, tool, console);
    }

    private static void printWarnings(RecoverReport report, String tool, Console console) {
        for (DataChange change : report.dataChanges()) {
            console.resultLine("! " + label(tool, change.version()) + " changed rows when replayed (" + change.inserted()
                    + " inserted, " + change.updated() + " updated, " + change.deleted() + " deleted); recorded without"
                    + " running it, so those changes were NOT applied here. Apply them yourself if they are needed:");
            change.statements().forEach(statement -> console.resultLine("!   " + oneLine(statement)));
        }
        for (Gap gap : report.forcedGaps()) {
            console.resultLine("! --force-stamp: recorded although the database lacks " + gap);
        }
    }

    static String label(String tool, String version) {
        return StatusFormat.label(tool, version);
    }

    private static String labels(String tool, List<String> versions) {
        return String.join(", ", versions.stream().map(version -> label(tool, version)).toList());
    }

    private static String oneLine(String statement) {
        return statement.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
