package dev.schemadiff.maven;

import dev.schemadiff.cli.Main;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals share: the module's compiled entities and runtime classpath, the naming its
 * configuration uses, and the database. Each goal runs the matching {@code schemadiff} command
 * in-process, so connections, formats, errors and password masking are the CLI's own.
 */
abstract class SchemaDiffMojo extends AbstractMojo {
    /**
     * Without Logback, Hibernate, Flyway and Liquibase log through java.util.logging; their INFO lines (a
     * version banner, a "Database info" block, each replayed migration's callbacks) are noise in a build
     * log. Strong references keep the levels, as java.util.logging holds loggers weakly.
     */
    private static final List<Logger> QUIET_LOGS = List.of(Logger.getLogger("org.hibernate"),
            Logger.getLogger("org.flywaydb"), Logger.getLogger("liquibase"));
    private static final String ERROR_PREFIX = "schemadiff: error: ";
    private static final String WARNING_PREFIX = "warning: ";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * The database: {@code postgresql://user:password@host:port/db}, {@code jdbc:postgresql://…}, or
     * {@code embedded} for a throwaway local server. Unset: the CLI's environment variables
     * ({@code DATABASE_URL}, {@code POSTGRES_*}, {@code PG*}, {@code ~/.pgpass}). Not used by {@code check}
     * and {@code review}, which touch no application database.
     */
    @Parameter(property = "schemadiff.url")
    private String url;

    /** With {@code url=embedded}: SQL loaded into the throwaway database first. */
    @Parameter(property = "schemadiff.init")
    private File init;

    /**
     * {@code spring} or {@code jpa}. Unset: found in {@code application.properties|yml} or
     * {@code META-INF/persistence.xml} among the module's resources, else {@code spring}.
     */
    @Parameter(property = "schemadiff.naming")
    private String naming;

    /** A custom Hibernate {@code PhysicalNamingStrategy} class on the module's classpath. */
    @Parameter(property = "schemadiff.namingStrategy")
    private String namingStrategy;

    /**
     * Quote every name, as {@code hibernate.globally_quoted_identifiers=true} does. Unset: found with the
     * naming settings among the module's resources, else off.
     */
    @Parameter(property = "schemadiff.quoteAll")
    private Boolean quoteAll;

    /** Schemas to compare; the first also holds entities that name none. Default: those the entities use. */
    @Parameter(property = "schemadiff.schemas")
    private List<String> schemas = new ArrayList<>();

    /** Values for existing rows when a NOT NULL column is added: {@code candidate.full_name='unknown'}. */
    @Parameter
    private List<String> fills = new ArrayList<>();

    /** Skips the goal. */
    @Parameter(property = "schemadiff.skip", defaultValue = "false")
    private boolean skip;

    /** Stack traces on errors (also with {@code mvn -X}). */
    @Parameter(property = "schemadiff.verbose", defaultValue = "false")
    private boolean verbose;

    /** The CLI command this goal runs. */
    abstract String command();

    /** The options this goal passes, built from {@link #entityOptions()}, {@link #targetOptions()} and its own. */
    abstract List<String> commandOptions() throws MojoExecutionException, MojoFailureException;

    /**
     * Judges the CLI's exit code; by default anything but success fails the build with the CLI's error.
     *
     * @param error  the CLI's one-line error without its prefix, if it printed one
     * @param result the lines the CLI printed as its result (already in the build log)
     */
    void checkExit(int exitCode, Optional<String> error, List<String> result) throws MojoFailureException {
        if (exitCode != Main.SUCCESS) {
            throw new MojoFailureException(error.orElse("schemadiff " + command() + " failed with exit code " + exitCode));
        }
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("schemadiff: skipped");
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("schemadiff: a pom module has no entities; skipped");
            return;
        }
        List<String> arguments = new ArrayList<>(List.of(command()));
        arguments.addAll(commandOptions());
        if (verbose || getLog().isDebugEnabled()) {
            arguments.add("--verbose");
        }
        run(arguments);
    }

    final MavenProject project() {
        return project;
    }

    /** A path the POM gives relative to the module, absolute: Maven may run from another directory. */
    final Path inModule(String path) {
        return project.getBasedir().toPath().resolve(path).normalize();
    }

    /** The compiled entities, what they need to load, and the naming they use. */
    final List<String> entityOptions() throws MojoExecutionException, MojoFailureException {
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        if (!Files.isDirectory(classes)) {
            throw new MojoFailureException("no compiled classes in " + classes + "; this module has no entities, or"
                    + " it is not compiled yet (mvn compile schemadiff:" + command() + ")");
        }
        List<String> options = new ArrayList<>(List.of("--classes", classes.toString()));
        String dependencies = dependencies(classes);
        if (!dependencies.isEmpty()) {
            options.addAll(List.of("--classpath", dependencies));
        }
        options.addAll(namingOptions());
        return options;
    }

    /** The database, what an embedded one is loaded with, the schemas compared and the fills. */
    final List<String> targetOptions() {
        List<String> options = new ArrayList<>();
        if (url != null && !url.isBlank()) {
            options.addAll(List.of("--db", url.strip()));
        }
        if (init != null) {
            options.addAll(List.of("--init", init.getPath()));
        }
        options.addAll(schemaOptions());
        return options;
    }

    /** The schemas compared and the fills: what a goal that compares entities without a target still uses. */
    final List<String> schemaOptions() {
        List<String> options = new ArrayList<>();
        schemas.forEach(schema -> options.addAll(List.of("--schema", schema)));
        fills.forEach(fill -> options.addAll(List.of("--fill", fill)));
        return options;
    }

    private String dependencies(Path classes) throws MojoExecutionException {
        try {
            return String.join(File.pathSeparator, project.getRuntimeClasspathElements().stream()
                    .filter(element -> !Path.of(element).equals(classes)).toList());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the runtime classpath of " + project.getId() + " is not resolved", e);
        }
    }

    private List<String> namingOptions() throws MojoFailureException {
        if (naming != null || namingStrategy != null || quoteAll != null) {
            List<String> options = new ArrayList<>();
            if (naming != null) {
                options.addAll(List.of("--naming", naming));
            }
            if (namingStrategy != null) {
                options.addAll(List.of("--naming-strategy", namingStrategy));
            }
            if (Boolean.TRUE.equals(quoteAll)) {
                options.add("--quote-all");
            }
            return options;
        }
        return detectedNaming().map(NamingSettings::cliArguments).orElse(List.of());
    }

    /**
     * The naming mode alone, for goals that predict names from sources by the mode's rules
     * ({@code review}): the configured one, else the detected one, else the CLI's default.
     */
    final List<String> namingModeOption() throws MojoFailureException {
        if (naming != null) {
            return List.of("--naming", naming);
        }
        if (namingStrategy != null || quoteAll != null) {
            return List.of();
        }
        Optional<NamingSettings> detected = detectedNaming();
        detected.filter(settings -> settings.physicalNamingStrategy() != null || settings.quoteAll())
                .ifPresent(settings -> getLog().warn("schemadiff " + command() + " predicts names by the "
                        + settings.naming().name().toLowerCase(Locale.ROOT) + " rules alone; the physical strategy and"
                        + " global quoting are not applied"));
        return detected.map(settings -> List.of("--naming", settings.naming().name().toLowerCase(Locale.ROOT)))
                .orElse(List.of());
    }

    private Optional<NamingSettings> detectedNaming() throws MojoFailureException {
        List<Path> resourceDirectories = project.getBuild().getResources().stream()
                .map(Resource::getDirectory).map(Path::of).toList();
        try {
            Optional<NamingSettings> detected = NamingDetector.detect(resourceDirectories, project.getBasedir().toPath());
            detected.ifPresent(settings -> getLog().info("schemadiff: " + settings.describe()));
            return detected;
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    private void run(List<String> arguments) throws MojoFailureException {
        QUIET_LOGS.forEach(log -> log.setLevel(Level.WARNING));
        List<String> errors = new ArrayList<>();
        List<String> result = new ArrayList<>();
        int exitCode;
        try (PrintWriter out = new PrintWriter(new LineWriter(line -> {
                result.add(line);
                getLog().info(line);
            }));
             PrintWriter err = new PrintWriter(new LineWriter(line -> stderrLine(line, errors)))) {
            // In Maven the POM is the configuration: no schemadiff.properties.
            exitCode = new Main(null).run(arguments.toArray(String[]::new), out, err, System.getenv());
        }
        checkExit(exitCode, errors.stream().findFirst(), result);
    }

    private void stderrLine(String line, List<String> errors) {
        if (line.startsWith(ERROR_PREFIX)) {
            errors.add(line.substring(ERROR_PREFIX.length()));
        } else if (line.startsWith(WARNING_PREFIX)) {
            getLog().warn(line.substring(WARNING_PREFIX.length()));
        } else if (!errors.isEmpty()) {
            getLog().error(line); // the stack trace that follows an error with --verbose
        } else {
            getLog().info(line);
        }
    }
}
