package dev.schemadiff.cli;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.history.MigrationHistory;
import dev.schemadiff.history.MigrationSource;
import dev.schemadiff.history.RecoveryOptions;
import dev.schemadiff.history.ScratchServer;
import dev.schemadiff.history.StatusReport;
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

/** {@code schemadiff status}: where the database stands against its migrations. Never writes. */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Diagnoses the database against its migration history and files (and the entities, with"
                + " --classes): connection, privileges, history tables, applied/failed/pending/missing migrations,"
                + " what pending migrations already find in place, and a state: FRESH, PENDING, IN_SYNC (a normal"
                + " deploy works) or UNTRACKED, BEHIND, ORPHANED, DRIFTED (run schemadiff recover). Never writes.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:FRESH, PENDING or IN_SYNC", "1:error",
                "2:action needed: UNTRACKED, BEHIND, ORPHANED or DRIFTED"},
        footerHeading = "%nExamples:%n",
        footer = {"  schemadiff status --db \"$DATABASE_URL\" \\",
                "                    --migrations src/main/resources/db/migration",
                "  schemadiff status --migrations alembic:migrations/versions --classes target/classes \\",
                "                    --format markdown --output status.md"})
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private MigrationOptions migrations;

    @Option(names = "--format", paramLabel = "text|json|markdown", defaultValue = "text",
            description = "Report format: text (default), json (stable, for tools) or markdown.")
    private StatusFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    private Path output;

    @Override
    public Integer call() {
        Console console = main.console();
        CommonOptions.Settings settings = common.checkEntitiesOptional(spec.commandLine(), main.targetResolver());
        main.rememberSecrets(settings.target());
        MigrationSource source = migrations.source(spec.commandLine());
        PlanOptions plan = settings.planOptions(PlanOptions.DEFAULT_LOCK_TIMEOUT);
        StatusReport report;
        try (DatabaseSession session = DatabaseSession.open(settings.target(), common.init, console);
             ScratchServer scratch = migrations.scratch(main)) {
            ExpectedSchema entities = settings.reader() == null ? null
                    : CommandSteps.readEntities(settings.reader(), console);
            RecoveryOptions options = RecoveryOptions.of(source).withPlan(plan).withEntities(entities)
                    .withScratch(scratch).withProgress(console::progress);
            report = console.working("checking", () -> MigrationHistory.status(session.connection(), options));
        }
        String rendered = format.render(report);
        if (output == null) {
            console.result(rendered);
        } else {
            try {
                Files.writeString(output, rendered, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new SchemaDiffException(ErrorCode.USAGE, "cannot write --output file " + output + " (" + e
                        + "); check that its directory exists and is writable", e);
            }
            console.progress("wrote the status to " + output);
        }
        return report.state().actionNeeded() ? Main.CHANGES_PENDING : Main.SUCCESS;
    }
}
