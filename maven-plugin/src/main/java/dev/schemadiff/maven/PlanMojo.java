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
 * {@code mvn schemadiff:plan}: compiles the module, then shows the SQL that brings the database in step
 * with its entities. Never writes to the database. Bound to no phase; with {@code failOnChanges} it
 * fails the build when changes are pending.
 */
@Mojo(name = "plan", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class PlanMojo extends SchemaDiffMojo {

    /** {@code sql} (the script, the CLI's default), {@code markdown} (a review report) or {@code json}. */
    @Parameter(property = "schemadiff.format")
    private String format;

    /** Writes the plan to this file instead of the build log. */
    @Parameter(property = "schemadiff.out")
    private File outputFile;

    /** Fails the build when changes are pending. */
    @Parameter(property = "schemadiff.failOnChanges", defaultValue = "false")
    private boolean failOnChanges;

    /** With {@code failOnChanges}: findings (type mismatches, drift) fail the build too. */
    @Parameter(property = "schemadiff.strict", defaultValue = "false")
    private boolean strict;

    @Override
    String command() {
        return "plan";
    }

    @Override
    List<String> commandOptions() throws MojoExecutionException, MojoFailureException {
        List<String> options = new ArrayList<>(entityOptions());
        options.addAll(targetOptions());
        if (format != null) {
            options.addAll(List.of("--format", format));
        }
        if (outputFile != null) {
            if (outputFile.getParentFile() != null) {
                outputFile.getParentFile().mkdirs();
            }
            options.addAll(List.of("--out", outputFile.getPath()));
        }
        if (failOnChanges) {
            options.add(strict ? "--strict" : "--detailed-exitcode");
        }
        return options;
    }

    @Override
    void checkExit(int exitCode, Optional<String> error, List<String> result) throws MojoFailureException {
        if (exitCode == Main.CHANGES_PENDING) {
            throw new MojoFailureException("the database is not in step with the entities" + (strict ? " (changes or"
                    + " findings pending)" : " (changes pending)") + "; review the plan above, then run schemadiff:apply");
        }
        super.checkExit(exitCode, error, result);
    }
}
