package dev.schemadiff.cli;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.history.CheckOptions;
import dev.schemadiff.history.CheckReport;
import dev.schemadiff.history.MigrationCheck;
import dev.schemadiff.history.MigrationSource;
import dev.schemadiff.history.ScratchServer;
import dev.schemadiff.schema.ExpectedSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code schemadiff check}: do the migration files build the schema the entities map? Touches no database. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Replays the migrations (Flyway or Liquibase) into a throwaway database and compares the"
                + " entities with what they build, both ways: what no migration creates, what differs (type,"
                + " nullability, ...), and what the migrations create that no entity maps. With --write-migration,"
                + " writes the missing part as the next Flyway migration.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the migrations build exactly what the entities map", "1:error",
                "2:disagreements (also when --write-migration wrote a file: the build must see the fix)"},
        footerHeading = "%nExamples:%n",
        footer = {"  schemadiff check --migrations src/main/resources/db/migration \\",
                "                   --classes target/classes",
                "  schemadiff check --migrations src/main/resources/db/migration \\",
                "                   --source src/main/java \\",
                "                   --write-migration src/main/resources/db/migration"})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private MigrationOptions migrations;

    @Option(names = "--format", paramLabel = "text|json|markdown", defaultValue = "text",
            description = "Report format: text (default), json (stable, for tools) or markdown (a PR comment).")
    private CheckFormat format;

    @Option(names = "--write-migration", paramLabel = "DIR", description = "Write what no migration creates as the"
            + " next Flyway versioned file in DIR (V<next>__schemadiff.sql); never overwrites. Flyway only.")
    private Path writeMigration;

    @Override
    public Integer call() {
        Console console = main.console();
        CommonOptions.Settings settings = common.checkWithoutTarget(spec.commandLine());
        MigrationSource source = migrations.source(spec.commandLine());
        if (writeMigration != null && !(source instanceof MigrationSource.Flyway)) {
            throw new SchemaDiffException(ErrorCode.USAGE, "--write-migration writes Flyway files only, and "
                    + migrations.migrations + " holds " + source.toolName() + " migrations; check without it");
        }
        if (common.db != null && migrations.scratchDb != null) {
            throw new ParameterException(spec.commandLine(), "--db and --scratch-db both name the server to replay"
                    + " on; give one");
        }
        String server = common.db != null ? common.db : migrations.scratchDb;
        CheckReport report;
        try (ScratchServer scratch = MigrationOptions.scratch(main, server, common.db != null ? "--db" : "--scratch-db")) {
            ExpectedSchema entities = CommandSteps.readEntities(settings.reader(), console);
            CheckOptions options = CheckOptions.of(source, entities)
                    .withPlan(settings.planOptions(PlanOptions.DEFAULT_LOCK_TIMEOUT))
                    .withScratch(scratch).withProgress(console::progress);
            report = console.working("replaying the migrations", () -> MigrationCheck.check(options));
        }
        console.result(format.render(report));
        if (writeMigration != null) {
            write(report, ((MigrationSource.Flyway) source).directory(), console);
        }
        return report.agrees() ? Main.SUCCESS : Main.CHANGES_PENDING;
    }

    private void write(CheckReport report, Path replayed, Console console) {
        if (!report.missing().hasStatements()) {
            console.progress("--write-migration: nothing to write, the migrations create everything the entities map"
                    + (report.agrees() ? "" : "; the disagreements above need changes by hand"));
            return;
        }
        Path written = MigrationCheck.writeMigration(report, writeMigration, List.of(replayed));
        console.progress("wrote " + written + ": review it and commit it; check exits 2 until then, so the build"
                + " sees the fix" + (report.missing().findings().isEmpty() ? "" : " (its trailing comments list"
                + " what it cannot fix)"));
    }
}
