package dev.schemadiff.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that replay the module's migrations share: where the migrations are, and where they replay. */
abstract class MigrationMojo extends SchemaDiffMojo {
    /** Flyway's default location, looked for in each resource directory. */
    private static final String FLYWAY_DEFAULT_LOCATION = "db/migration";
    private static final Pattern TOOL_PREFIX = Pattern.compile("(?i)(flyway|liquibase|alembic):(.*)");

    /**
     * The migrations: {@code flyway:DIR}, {@code liquibase:CHANGELOG} or {@code alembic:DIR}; a bare
     * directory is Flyway's, a bare file a Liquibase changelog. Relative to the module. Default: Flyway's
     * {@code db/migration} in the module's resources.
     */
    @Parameter(property = "schemadiff.migrations")
    private String migrations;

    /**
     * A server to replay the migrations on, in a throwaway database it creates and drops (the role needs
     * {@code CREATEDB}): the same URL forms as {@code url}. Default: a throwaway embedded PostgreSQL.
     */
    @Parameter(property = "schemadiff.scratchUrl")
    private String scratchUrl;

    /** {@code --migrations} and {@code --scratch-db}. */
    final List<String> migrationOptions() throws MojoFailureException {
        List<String> options = new ArrayList<>(List.of("--migrations", migrations()));
        if (scratchUrl != null && !scratchUrl.isBlank()) {
            options.addAll(List.of("--scratch-db", scratchUrl.strip()));
        }
        return options;
    }

    /** The configured source with its path made absolute, else Flyway's default location if the module has it. */
    private String migrations() throws MojoFailureException {
        if (migrations != null && !migrations.isBlank()) {
            Matcher prefixed = TOOL_PREFIX.matcher(migrations.strip());
            if (!prefixed.matches()) {
                return inModule(migrations.strip()).toString();
            }
            Path path = inModule(prefixed.group(2));
            // alembic:REV names a revision, not a path: kept as written when no such path exists
            return Files.exists(path) ? prefixed.group(1) + ":" + path : migrations.strip();
        }
        Optional<Path> flyway = project().getBuild().getResources().stream().map(Resource::getDirectory)
                .map(directory -> Path.of(directory).resolve(FLYWAY_DEFAULT_LOCATION)).filter(Files::isDirectory)
                .findFirst();
        return flyway.orElseThrow(() -> new MojoFailureException("no migrations: " + project().getArtifactId()
                + " has no src/main/resources/" + FLYWAY_DEFAULT_LOCATION + "; set <migrations> in the plugin"
                + " configuration (or -Dschemadiff.migrations=flyway:DIR|liquibase:CHANGELOG)")).toString();
    }
}
