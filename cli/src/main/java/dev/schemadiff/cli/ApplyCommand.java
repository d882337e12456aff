package dev.schemadiff.cli;

import dev.schemadiff.api.ApplyReport;
import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.api.ReviewedPlan;
import dev.schemadiff.api.SchemaDiff;
import dev.schemadiff.emit.Plan;
import dev.schemadiff.history.MigrationSource;
import dev.schemadiff.history.RecoverReport;
import dev.schemadiff.schema.ExpectedSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code schemadiff apply}: runs the plan in one transaction, all or nothing. */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Brings the database in step with the entities: additive changes only, in one transaction"
                + " under an advisory lock, re-planned under that lock. Prints one line per change.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:applied, or nothing to do", "1:error; nothing was changed"},
        footerHeading = "%nExamples:%n",
        footer = {"  schemadiff apply --db \"$DATABASE_URL\" --classes target/classes \\",
                "                   --classpath 'target/lib/*'",
                "  schemadiff apply --classes target/classes --lock-timeout 3s \\",
                "                   --fill candidate.full_name=\"'unknown'\""})
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

    @Option(names = "--lock-retries", paramLabel = "N", defaultValue = "3",
            description = "After a lock timeout, roll back and start over up to N times (default 3), waiting 1 s,"
                    + " 2 s, 4 s ... in between (less when --lock-timeout is under 1 s); 0 gives up at once.")
    private int lockRetries;

    @Option(names = "--plan-file", paramLabel = "FILE",
            description = "A plan written by plan --format json --out FILE: apply it only if the database and the"
                    + " plan computed now are still exactly that plan; refused otherwise.")
    private Path planFile;

    @Option(names = "--stamp", paramLabel = "flyway:DIR|liquibase:CHANGELOG|alembic:DIR|alembic:REV",
            description = "After the apply, record in the migration tool's history the migrations whose schema the"
                    + " database now holds, verified as recover does (Flyway and Liquibase migrations are replayed in"
                    + " a throwaway embedded PostgreSQL; Alembic's heads, or REV, are checked against the entities).")
    private String stamp;

    @Override
    public Integer call() {
        Console console = main.console();
        CommonOptions.Settings settings = common.check(spec.commandLine(), main.targetResolver());
        main.rememberSecrets(settings.target());
        if (lockRetries < 0) {
            throw new ParameterException(spec.commandLine(), "--lock-retries must be 0 or more, not " + lockRetries);
        }
        ReviewedPlan reviewed = planFile == null ? null : PlanFile.read(planFile);
        PlanOptions options = settings.planOptions(lockTimeout)
                .withLockRetries(lockRetries);
        MigrationSource stampSource = stamp == null ? null : MigrationSource.parse(stamp);
        ApplyReport report;
        RecoverReport stamped;
        long start;
        try (DatabaseSession session = DatabaseSession.open(settings.target(), common.init, console)) {
            ExpectedSchema expected = CommandSteps.readEntities(settings.reader(), console);
            console.progress("applying to schemas " + SchemaDiff.schemasToRead(expected, options)
                    + " (lock timeout " + lockTimeout.toMillis() + " ms"
                    + (planFile == null ? ")" : ", only the plan in " + planFile + ")"));
            start = System.nanoTime();
            report = console.working("applying",
                    () -> SchemaDiff.apply(session.connection(), expected, options, reviewed, console::progress));
            stamped = stampSource == null ? null
                    : HistorySteps.stampAfterApply(session.connection(), stampSource, expected, options, console);
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
        if (stamped != null) {
            HistorySteps.print(stamped, stampSource, console);
        }
        return Main.SUCCESS;
    }
}
