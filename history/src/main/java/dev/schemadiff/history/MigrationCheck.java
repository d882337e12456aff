package dev.schemadiff.history;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.diff.DiffOptions;
import dev.schemadiff.diff.SchemaDiffer;
import dev.schemadiff.emit.Plan;
import dev.schemadiff.emit.PlanEmitter;
import dev.schemadiff.emit.SqlScript;
import dev.schemadiff.history.flyway.NextVersionedFile;
import dev.schemadiff.history.internal.Disagreements;
import dev.schemadiff.history.internal.HistoryTool;
import dev.schemadiff.history.internal.HistoryTools;
import dev.schemadiff.history.internal.ReplayedVersion;
import dev.schemadiff.history.internal.ScratchDatabase;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.change.AddColumn;
import dev.schemadiff.schema.change.ChangeSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a project's migrations build the schema its entities map, before anything reaches a database:
 * the migration files are replayed, in order and with the tool's own library, into a throwaway database
 * (on an embedded PostgreSQL, or on a {@link ScratchServer} given; existing databases are never touched),
 * that catalog is read, and the entities are diffed against it with the differ {@code plan} uses.
 *
 * <pre>{@code
 * CheckReport report = MigrationCheck.check(CheckOptions.of(new MigrationSource.Flyway(migrations), entities));
 * report.disagreements().forEach(System.out::println);  // Candidate.expectedWage → candidate.expected_wage: ...
 * if (!report.missing().statements().isEmpty()) {
 *     Path written = MigrationCheck.writeMigration(report, migrations);  // V4__schemadiff.sql
 * }
 * }</pre>
 *
 * <p>Flyway (SQL and repeatable migrations) and Liquibase (any changelog format) are replayed. Alembic's
 * migrations are Python, which schemadiff does not run, so they cannot be checked. Only the schemas the
 * entities use (and those asked for) are compared; the tools' history tables are left out.
 */
public final class MigrationCheck {
    /** The description part of the written file's name. */
    public static final String DESCRIPTION = "schemadiff";

    private MigrationCheck() {
    }

    /**
     * Replays the migrations and reports every disagreement in both directions, with the SQL that creates
     * what is missing.
     *
     * @throws SchemaDiffException ({@code USAGE}) when a migration fails to run from an empty database or the
     *                             migrations are Alembic's; ({@code CONNECTION}, {@code EMBEDDED}) when no
     *                             scratch database can be had
     */
    public static CheckReport check(CheckOptions options) {
        if (options.source() instanceof MigrationSource.AlembicDirectory
                || options.source() instanceof MigrationSource.AlembicRevision) {
            throw new SchemaDiffException(ErrorCode.USAGE, "check replays migrations, and Alembic's are Python,"
                    + " which schemadiff does not run; check Flyway or Liquibase migrations, or compare a database"
                    + " Alembic migrated with schemadiff plan");
        }
        HistoryTool tool = HistoryTools.open(options.source(), options.plan().schemas());
        List<ReplayedVersion> replayed = replay(tool, options);
        SchemaModel built = replayed.isEmpty() ? SchemaModel.EMPTY : replayed.get(replayed.size() - 1).model();
        // No table counts as empty: the written file also runs on databases whose tables hold rows.
        ChangeSet diff = new SchemaDiffer().diff(options.entities(), built,
                DiffOptions.defaults().withFills(options.plan().fills()));
        return new CheckReport(tool.name(), replayed.stream().map(ReplayedVersion::version).toList(),
                options.entities().model().tables().size(), Disagreements.of(diff, options.entities().provenance()),
                PlanEmitter.emit(diff));
    }

    /**
     * Writes {@link CheckReport#missing()} as the next Flyway versioned migration in {@code directory}, e.g.
     * {@code V4__schemadiff.sql} after {@code V3__jobs.sql}: the statements {@code plan} emits for tables
     * that may hold rows, without {@code BEGIN}/{@code COMMIT} (Flyway wraps each file in a transaction).
     *
     * @param versionsAlso other directories whose versions count for the next number (the replayed ones)
     * @return the file written
     * @throws SchemaDiffException ({@code USAGE}) when the report is not Flyway's, nothing is missing, a NOT
     *                             NULL column has no value for existing rows, or the file exists
     */
    public static Path writeMigration(CheckReport report, Path directory, List<Path> versionsAlso) {
        if (!report.tool().equals("Flyway")) {
            throw new SchemaDiffException(ErrorCode.USAGE, "--write-migration writes Flyway files only, and these"
                    + " migrations are " + report.tool() + "'s; add the SQL of the report as a changeset by hand");
        }
        Plan missing = report.missing();
        if (!missing.hasStatements()) {
            throw new SchemaDiffException(ErrorCode.USAGE, "nothing to write: the migrations create everything the"
                    + " entities map" + (report.agrees() ? "" : "; the other disagreements need changes by hand"));
        }
        List<String> unfilled = missing.statements().stream().map(statement -> statement.source())
                .filter(change -> change instanceof AddColumn add && add.mode() == AddColumn.NotNullMode.DEFERRED)
                .map(change -> Disagreements.display(((AddColumn) change).table()) + "." + ((AddColumn) change).column().name())
                .distinct().toList();
        if (!unfilled.isEmpty()) {
            throw new SchemaDiffException(ErrorCode.USAGE, "the migration would add NOT NULL column "
                    + String.join(", ", unfilled) + " without a value for the rows a table may already hold; give one"
                    + " with --fill " + unfilled.get(0) + "=SQL (or a default in the entity), nothing was written");
        }
        List<Path> directories = new ArrayList<>(versionsAlso);
        directories.add(directory);
        Path file = directory.resolve(NextVersionedFile.name(directories, DESCRIPTION));
        List<String> header = List.of("Written by schemadiff check --write-migration: what the entities map and no"
                + " earlier migration creates.", "Review it before committing. Flyway runs it in one transaction.");
        try {
            Files.createDirectories(directory);
            Files.writeString(file, SqlScript.renderMigration(missing, header), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new SchemaDiffException(ErrorCode.USAGE, file + " exists already and is not overwritten; remove it"
                    + " or commit it, then run check again", e);
        } catch (IOException e) {
            throw new SchemaDiffException(ErrorCode.USAGE, "cannot write " + file + " (" + e + "); check that the"
                    + " directory is writable", e);
        }
        return file;
    }

    private static List<ReplayedVersion> replay(HistoryTool tool, CheckOptions options) {
        ScratchServer server = options.scratch() != null ? options.scratch() : ScratchServer.embedded();
        try (ScratchDatabase scratch = ScratchDatabase.create(server)) {
            options.progress().accept("replaying the " + tool.name() + " migrations into a scratch database");
            List<ReplayedVersion> replayed = tool.replay(scratch.connection(), options.schemas());
            options.progress().accept("replayed " + replayed.size() + " migration" + (replayed.size() == 1 ? "" : "s"));
            return replayed;
        } finally {
            if (options.scratch() == null) {
                server.close();
            }
        }
    }
}
