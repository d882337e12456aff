package dev.schemadiff.cli;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.api.PlanResult;
import dev.schemadiff.api.SchemaDiff;
import dev.schemadiff.emit.Plan;
import dev.schemadiff.schema.ExpectedSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code schemadiff plan}: computes what apply would do, without writing to the database. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Shows the SQL that brings the database in step with the entities. Never writes. The plan"
                + " goes to stdout (or --out); progress and findings go to stderr.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (with --detailed-exitcode: nothing pending)", "1:error",
                "2:with --detailed-exitcode: changes pending (with --strict: or findings)"},
        footerHeading = "%nExamples:%n",
        footer = {"  schemadiff plan --db postgresql://app@db:5432/app --classes target/classes",
                "  schemadiff plan --classes target/classes --format markdown --out review.md",
                "  schemadiff plan --classes target/classes --detailed-exitcode  # 2: pending"})
final class PlanCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Option(names = "--format", paramLabel = "sql|markdown|json", defaultValue = "sql",
            completionCandidates = CompletionValues.Formats.class,
            description = "Plan format: sql (default), markdown (a review report) or json (stable, for tools).")
    private OutputFormat format;

    @Option(names = "--detailed-exitcode", description = "Exit 2 when changes are pending, 0 when in sync.")
    private boolean detailedExitCode;

    @Option(names = "--strict", description = "Findings count as pending too (implies --detailed-exitcode).")
    private boolean strict;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the plan to FILE instead of stdout.")
    private Path out;

    @Override
    public Integer call() {
        Console console = main.console();
        CommonOptions.Settings settings = common.check(spec.commandLine(), main.targetResolver());
        main.rememberSecrets(settings.target());
        PlanOptions options = settings.planOptions(PlanOptions.DEFAULT_LOCK_TIMEOUT);
        ExpectedSchema expected;
        PlanResult result;
        try (DatabaseSession session = DatabaseSession.open(settings.target(), common.init, console)) {
            expected = CommandSteps.readEntities(settings.reader(), console);
            console.progress("reading catalog of schemas " + SchemaDiff.schemasToRead(expected, options));
            long start = System.nanoTime();
            ExpectedSchema entities = expected;
            result = console.working("reading the catalog",
                    () -> SchemaDiff.plan(session.connection(), entities, options));
            console.progress("planned in " + Console.elapsed(start));
        }
        Plan plan = result.plan();
        CommandSteps.reportFindings(plan.findings(), console);
        console.progress(summary(plan));
        write(format.render(result, expected.provenance()), console);
        boolean pending = plan.hasStatements() || (strict && !plan.findings().isEmpty());
        return (detailedExitCode || strict) && pending ? Main.CHANGES_PENDING : Main.SUCCESS;
    }

    private static String summary(Plan plan) {
        if (!plan.hasStatements()) {
            return plan.findings().isEmpty() ? "nothing to do: the database matches the entities"
                    : "no changes to apply; " + CommandSteps.count(plan.findings().size(), "finding") + " to look at";
        }
        return CommandSteps.count(PlannedChange.of(plan).size(), "change") + " ("
                + CommandSteps.count(plan.statements().size(), "statement") + ") pending, "
                + CommandSteps.count(plan.findings().size(), "finding");
    }

    private void write(String rendered, Console console) {
        if (out == null) {
            console.result(rendered);
            return;
        }
        try {
            Files.writeString(out, rendered, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SchemaDiffException(ErrorCode.USAGE, "cannot write --out file " + out + " (" + e
                    + "); check that its directory exists and is writable", e);
        }
        console.progress("wrote the plan to " + out);
    }
}
