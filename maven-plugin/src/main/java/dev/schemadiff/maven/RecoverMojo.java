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
 * {@code mvn schemadiff:recover}: compiles the module, then recovers a database whose migrations died with
 * "already exists": under the migration tool's lock, verifies which pending migrations the database already
 * holds, completes the partly present ones, records them in the tool's history and runs the rest. Refuses,
 * before writing anything, what it cannot verify. Bound to no phase.
 */
@Mojo(name = "recover", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class RecoverMojo extends MigrationMojo {
    /** Shows the SQL and the history rows recover would write; writes nothing. */
    @Parameter(property = "schemadiff.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * Reconciles to the entities instead of the migrations, then records the latest migration, only if the
     * schema the migrations make is then contained.
     */
    @Parameter(property = "schemadiff.toEntities", defaultValue = "false")
    private boolean toEntities;

    /** With {@code toEntities} (or Alembic): records the migrations even when the database lacks what they make. */
    @Parameter(property = "schemadiff.forceStamp", defaultValue = "false")
    private boolean forceStamp;

    /** How long a statement that adds what is missing may wait for a table lock: {@code 5s} (the default), {@code 2m}. */
    @Parameter(property = "schemadiff.lockTimeout")
    private String lockTimeout;

    @Override
    String command() {
        return "recover";
    }

    @Override
    List<String> commandOptions() throws MojoExecutionException, MojoFailureException {
        List<String> options = new ArrayList<>(entityOptions());
        options.addAll(targetOptions());
        options.addAll(migrationOptions());
        if (dryRun) {
            options.add("--dry-run");
        }
        if (toEntities) {
            options.add("--to-entities");
        }
        if (forceStamp) {
            options.add("--force-stamp");
        }
        if (lockTimeout != null) {
            options.addAll(List.of("--lock-timeout", lockTimeout));
        }
        return options;
    }
}
