package dev.schemadiff.maven;

import dev.schemadiff.cli.Main;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
     * Without Logback, Hibernate logs through java.util.logging; its INFO lines (a version banner, a
     * "Database info" block) are noise in a build log. A strong reference keeps the level, as
     * java.util.logging holds loggers weakly.
     */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");
    private static final String ERROR_PREFIX = "schemadiff: error: ";
    private static final String WARNING_PREFIX = "warning: ";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * The database: {@code postgresql://user:password@host:port/db}, {@code jdbc:postgresql://…}, or
     * {@code embedded} for a throwaway local server. Unset: the CLI's environment variables
     * ({@code DATABASE_URL}, {@code POSTGRES_*}, {@code PG*}, {@code ~/.pgpass}).
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

    /** The options only this goal has. */
    abstract List<String> commandOptions();

    /**
     * Judges the CLI's exit code.
     *
     * @param error the CLI's one-line error without its prefix, if it printed one
     */
    abstract void checkExit(int exitCode, Optional<String> error) throws MojoFailureException;

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
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        if (!Files.isDirectory(classes)) {
            throw new MojoFailureException("no compiled classes in " + classes
                    + "; this module has no entities, or its build did not compile");
        }
        List<String> arguments = new ArrayList<>(List.of(command(), "--classes", classes.toString()));
        String dependencies = dependencies(classes);
        if (!dependencies.isEmpty()) {
            arguments.addAll(List.of("--classpath", dependencies));
        }
        arguments.addAll(namingOptions());
        if (url != null && !url.isBlank()) {
            arguments.addAll(List.of("--db", url.strip()));
        }
        if (init != null) {
            arguments.addAll(List.of("--init", init.getPath()));
        }
        schemas.forEach(schema -> arguments.addAll(List.of("--schema", schema)));
        fills.forEach(fill -> arguments.addAll(List.of("--fill", fill)));
        if (verbose || getLog().isDebugEnabled()) {
            arguments.add("--verbose");
        }
        arguments.addAll(commandOptions());
        run(arguments);
    }

    final MavenProject project() {
        return project;
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
        if (naming != null || namingStrategy != null) {
            List<String> options = new ArrayList<>();
            if (naming != null) {
                options.addAll(List.of("--naming", naming));
            }
            if (namingStrategy != null) {
                options.addAll(List.of("--naming-strategy", namingStrategy));
            }
            return options;
        }
        List<Path> resourceDirectories = project.getBuild().getResources().stream()
                .map(Resource::getDirectory).map(Path::of).toList();
        try {
            Optional<NamingSettings> detected = NamingDetector.detect(resourceDirectories, project.getBasedir().toPath());
            detected.ifPresent(settings -> getLog().info("schemadiff: " + settings.describe()));
            return detected.map(NamingSettings::cliArguments).orElse(List.of());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    private void run(List<String> arguments) throws MojoFailureException {
        HIBERNATE_LOG.setLevel(Level.WARNING);
        List<String> errors = new ArrayList<>();
        int exitCode;
        try (PrintWriter out = new PrintWriter(new LineWriter(getLog()::info));
             PrintWriter err = new PrintWriter(new LineWriter(line -> stderrLine(line, errors)))) {
            // In Maven the POM is the configuration: no schemadiff.properties.
            exitCode = new Main(null).run(arguments.toArray(String[]::new), out, err, System.getenv());
        }
        checkExit(exitCode, errors.stream().findFirst());
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
