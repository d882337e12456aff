package dev.schemadiff.cli;

import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.history.MigrationHistory;
import dev.schemadiff.history.MigrationSource;
import dev.schemadiff.history.RecoverReport;
import dev.schemadiff.history.RecoveryOptions;
import dev.schemadiff.history.ScratchServer;
import dev.schemadiff.schema.ExpectedSchema;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code schemadiff recover}: verify, reconcile, stamp, hand over, under the migration tool's lock. */
@Command(name = "recover", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Recovers a deploy that died with \"already exists\" (SQLSTATE 42P07/42701/42710). Under the"
                + " migration tool's lock: replays the migrations into a scratch database, verifies object by"
                + " object which pending ones the database already holds, adds what the first partly present ones"
                + " lack (one transaction), records them as applied in the tool's own history, then runs the tool's"
                + " migrate for the rest. Stamped migrations that change rows are reported with their statements.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:recovered, or nothing to do",
                "1:error or refusal; a refusal or a missing privilege is reported before anything is written"},
        footerHeading = "%nExamples:%n",
        footer = {"  schemadiff recover --db \"$DATABASE_URL\" \\",
                "                     --migrations src/main/resources/db/migration --dry-run",
                "  schemadiff recover --migrations src/main/resources/db/migration && exec java -jar app.jar"})
final class RecoverCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private MigrationOptions migrations;

    @Option(names = "--dry-run", description = "Print the SQL and the history rows recover would write; write nothing.")
    private boolean dryRun;

    @Option(names = "--to-entities", description = "Reconcile to the entities (--classes) instead of the migrations,"
            + " then record the latest migration, only if the schema the migrations make is then contained.")
    private boolean toEntities;

    @Option(names = "--force-stamp", description = "With --to-entities (or Alembic): record the migrations even when"
            + " the database lacks what they make; every gap is printed.")
    private boolean forceStamp;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", defaultValue = "5s", converter = DurationConverter.class,
            description = "How long a statement that adds what is missing may wait for a table lock (default 5s).")
    private Duration lockTimeout;

    @Override
    public Integer call() {
        Console console = main.console();
        CommonOptions.Settings settings = common.checkEntitiesOptional(spec.commandLine(), main.targetResolver());
        main.rememberSecrets(settings.target());
        MigrationSource source = migrations.source(spec.commandLine());
        if (toEntities && settings.reader() == null) {
            throw new ParameterException(spec.commandLine(), "--to-entities reconciles to the entities: give --classes");
        }
        boolean alembic = source instanceof MigrationSource.AlembicDirectory
                || source instanceof MigrationSource.AlembicRevision;
        if (forceStamp && !toEntities && !alembic) {
            throw new ParameterException(spec.commandLine(), "--force-stamp goes with --to-entities");
        }
        PlanOptions plan = settings.planOptions(lockTimeout);
        long start;
        RecoverReport report;
        try (DatabaseSession session = DatabaseSession.open(settings.target(), common.init, console);
             ScratchServer scratch = migrations.scratch(main)) {
            ExpectedSchema entities = settings.reader() == null ? null
                    : CommandSteps.readEntities(settings.reader(), console);
            RecoveryOptions options = RecoveryOptions.of(source).withPlan(plan).withEntities(entities)
                    .withScratch(scratch).withDryRun(dryRun).withToEntities(toEntities).withForceStamp(forceStamp)
                    .withProgress(console::progress);
            start = System.nanoTime();
            report = console.working("recovering", () -> MigrationHistory.recover(session.connection(), options));
        }
        HistorySteps.print(report, source, console);
        if (!report.dryRun()) {
            console.resultLine(report.nothingToDo()
                    ? "nothing to do: the " + source.toolName() + " history matches the database (" + report.before() + ")"
                    : "recovered in " + Console.elapsed(start) + ": " + report.verified().size() + " verified, "
                            + report.reconciled().size() + " completed, " + report.stamped().size() + " recorded, "
                            + report.migrated().size() + " run by " + source.toolName());
        }
        return Main.SUCCESS;
    }
}
