package dev.schemadiff.maven;

import dev.schemadiff.cli.Main;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn schemadiff:check}: do the module's migrations build the schema its entities map? Replays them
 * into a throwaway database and compares both ways; fails the build on any disagreement. Touches no
 * application database. Bound to no phase; bind it to {@code verify} to run it in CI. It does not compile
 * the module itself, so that bound to {@code verify} it reuses the build's classes.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CheckMojo extends MigrationMojo {
    /** The text report marks each disagreement with one of these: missing, different, unmapped. */
    private static final String DISAGREEMENT_MARKERS = "-~+";

    /** {@code text} (the CLI's default), {@code markdown} (a pull request comment) or {@code json}. */
    @Parameter(property = "schemadiff.format")
    private String format;

    /**
     * Writes what no migration creates as the next Flyway versioned file in this directory
     * ({@code V<next>__schemadiff.sql}, never overwriting); the build still fails, so the fix is reviewed
     * and committed. Flyway only.
     */
    @Parameter(property = "schemadiff.writeMigration")
    private File writeMigration;

    @Override
    String command() {
        return "check";
    }

    @Override
    List<String> commandOptions() throws MojoExecutionException, MojoFailureException {
        List<String> options = new ArrayList<>(entityOptions());
        options.addAll(schemaOptions());
        options.addAll(migrationOptions());
        if (format != null) {
            options.addAll(List.of("--format", format));
        }
        if (writeMigration != null) {
            options.addAll(List.of("--write-migration", inModule(writeMigration.getPath()).toString()));
        }
        return options;
    }

    @Override
    void checkExit(int exitCode, Optional<String> error, List<String> result) throws MojoFailureException {
        if (exitCode != Main.CHANGES_PENDING) {
            super.checkExit(exitCode, error, result);
            return;
        }
        List<String> disagreements = result.stream()
                .filter(line -> line.length() > 2 && DISAGREEMENT_MARKERS.indexOf(line.charAt(0)) >= 0
                        && line.charAt(1) == ' ')
                .toList();
        String remedy = writeMigration == null
                ? "add a migration for what they lack, or let -Dschemadiff.writeMigration=src/main/resources/db/migration"
                        + " write it"
                : "review the migration written to " + writeMigration + " (see above), fix the rest by hand, and commit";
        throw new MojoFailureException("the migrations disagree with the entities; " + remedy + (disagreements.isEmpty()
                ? " (see the report above)" : ":" + System.lineSeparator() + String.join(System.lineSeparator(), disagreements)));
    }
}
