package dev.schemadiff.cli;

import dev.schemadiff.api.ApplyReport;
import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.api.SchemaDiff;
import dev.schemadiff.emit.Plan;
import dev.schemadiff.schema.ExpectedSchema;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code schemadiff apply}: runs the plan in one transaction, all or nothing. */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Brings the database in step with the entities: additive changes only, in one transaction"
                + " under an advisory lock, re-planned under that lock. Prints one line per change.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:applied, or nothing to do", "1:error; nothing was changed"})
final class ApplyCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", defaultValue = "5s",
            converter = DurationConverter.class,
            description = "How long a statement may wait for a table lock: 500ms, 5s (default), 2m or PT5S.")
    private Duration lockTimeout;

    @Override
    public Integer call() {
        Console console = main.console();
        CommonOptions.Settings settings = common.check(spec.commandLine(), main.targetResolver());
        main.rememberSecrets(settings.target());
        PlanOptions options = new PlanOptions(settings.schemas(), settings.fills(), lockTimeout, Duration.ZERO);
        ApplyReport report;
        long start;
        try (DatabaseSession session = DatabaseSession.open(settings.target(), common.init, console)) {
            ExpectedSchema expected = CommandSteps.readEntities(settings.reader(), console);
            console.progress("applying to schemas " + SchemaDiff.schemasToRead(expected, options)
                    + " (lock timeout " + lockTimeout.toMillis() + " ms)");
            start = System.nanoTime();
            report = SchemaDiff.apply(session.connection(), expected, options);
        }
        Plan executed = report.executed().plan();
        CommandSteps.reportFindings(executed.findings(), console);
        List<PlannedChange> changes = PlannedChange.of(executed);
        changes.forEach(change -> console.resultLine("+ " + ChangeText.describe(change.change())));
        for (ApplyReport.NotValidated constraint : report.notValidated()) {
            String rows = constraint.violatingRows() < 0 ? "existing rows violate it"
                    : CommandSteps.count(constraint.violatingRows(), "existing row") + " violate it";
            console.resultLine("~ " + constraint.constraint() + " on " + constraint.table() + " left NOT VALID: " + rows
                    + "; fix those rows, then validate it (ALTER TABLE ... VALIDATE CONSTRAINT ...)");
        }
        console.resultLine(report.changed()
                ? "applied " + CommandSteps.count(changes.size(), "change") + " ("
                        + CommandSteps.count(executed.statements().size(), "statement") + ") in " + Console.elapsed(start)
                : "nothing to do: the database matches the entities");
        return Main.SUCCESS;
    }
}
