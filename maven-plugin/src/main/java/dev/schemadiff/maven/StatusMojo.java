package dev.schemadiff.maven;

import dev.schemadiff.cli.Main;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn schemadiff:status}: compiles the module, then diagnoses the database against its migration
 * history, its migration files and its entities: applied, pending and missing migrations, and a state
 * (FRESH, PENDING, IN_SYNC, or UNTRACKED, BEHIND, ORPHANED, DRIFTED when {@code schemadiff:recover} is
 * needed). Never writes to the database. Bound to no phase.
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class StatusMojo extends MigrationMojo {
    /** {@code text} (the CLI's default), {@code markdown} or {@code json}. */
    @Parameter(property = "schemadiff.format")
    private String format;

    /** Writes the report to this file instead of the build log. */
    @Parameter(property = "schemadiff.out")
    private File outputFile;

    /** Fails the build when the state needs {@code schemadiff:recover}. */
    @Parameter(property = "schemadiff.failOnActionNeeded", defaultValue = "false")
    private boolean failOnActionNeeded;

    @Override
    String command() {
        return "status";
    }

    @Override
    List<String> commandOptions() throws MojoExecutionException, MojoFailureException {
        List<String> options = new ArrayList<>(entityOptions());
        options.addAll(targetOptions());
        options.addAll(migrationOptions());
        if (format != null) {
            options.addAll(List.of("--format", format));
        }
        if (outputFile != null) {
            File output = inModule(outputFile.getPath()).toFile();
            output.getParentFile().mkdirs();
            options.addAll(List.of("--output", output.getPath()));
        }
        return options;
    }

    @Override
    void checkExit(int exitCode, Optional<String> error, List<String> result) throws MojoFailureException {
        if (exitCode == Main.CHANGES_PENDING) {
            if (failOnActionNeeded) {
                throw new MojoFailureException("the database needs recovering before its migrations can run; see"
                        + " the status above, then run schemadiff:recover (first with -Dschemadiff.dryRun)");
            }
            getLog().warn("the database needs recovering before its migrations can run: run schemadiff:recover"
                    + " (first with -Dschemadiff.dryRun)");
            return;
        }
        super.checkExit(exitCode, error, result);
    }
}
