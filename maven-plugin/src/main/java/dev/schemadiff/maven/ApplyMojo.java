package dev.schemadiff.maven;

import dev.schemadiff.cli.Main;
import java.util.List;
import java.util.Optional;
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
    List<String> commandOptions() {
        return lockTimeout == null ? List.of() : List.of("--lock-timeout", lockTimeout);
    }

    @Override
    void checkExit(int exitCode, Optional<String> error) throws MojoFailureException {
        if (exitCode != Main.SUCCESS) {
            throw new MojoFailureException(error.orElse("schemadiff apply failed with exit code " + exitCode));
        }
    }
}
