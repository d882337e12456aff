package dev.schemadiff.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn schemadiff:apply}: compiles the module, then brings the database in step with its
 * entities: additive changes only, in one transaction under an advisory lock, all or nothing. Bound to
 * no phase.
 */
@Mojo(name = "apply", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class ApplyMojo extends SchemaDiffMojo {

    /**
     * How long a statement may wait for a table lock: {@code 500ms}, {@code 5s} (the CLI's default),
     * {@code 2m} or {@code PT5S}.
     */
    @Parameter(property = "schemadiff.lockTimeout")
    private String lockTimeout;

    @Override
    String command() {
        return "apply";
    }

    @Override
    List<String> commandOptions() throws MojoExecutionException, MojoFailureException {
        List<String> options = new ArrayList<>(entityOptions());
        options.addAll(targetOptions());
        if (lockTimeout != null) {
            options.addAll(List.of("--lock-timeout", lockTimeout));
        }
        return options;
    }
}
