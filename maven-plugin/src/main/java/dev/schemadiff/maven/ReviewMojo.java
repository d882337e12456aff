package dev.schemadiff.maven;

import dev.schemadiff.cli.Main;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn schemadiff:review -Dschemadiff.base=origin/main}: what a change to the module's entity sources
 * does to the schema, between two git revisions (read without a checkout) or two folders, with the hazards
 * of each change and a safer alternative. Needs no build and no database; fails the build only on a hazard
 * of level error that {@code allowHazards} does not allow. Bound to no phase.
 */
@Mojo(name = "review", threadSafe = true)
public class ReviewMojo extends SchemaDiffMojo {
    /** Exit code of the CLI's review for a hazard of level error that is not allowed. */
    private static final int HAZARD_NOT_ALLOWED = 3;

    /** The state before: a git revision ({@code origin/main}, a tag, a sha) or a folder relative to the module. */
    @Parameter(property = "schemadiff.base", required = true)
    private String base;

    /** The state after: a git revision or a folder relative to the module. */
    @Parameter(property = "schemadiff.head", defaultValue = "HEAD")
    private String head;

    /** Entity source roots relative to the module (and to each folder). Default: the module's source roots. */
    @Parameter(property = "schemadiff.sources")
    private List<String> sources = new ArrayList<>();

    /** Migration folders relative to the module: files added, changed or removed are listed. */
    @Parameter(property = "schemadiff.migrationFolders")
    private List<String> migrationFolders = new ArrayList<>();

    /** {@code text} (the CLI's default), {@code markdown} (a pull request comment), {@code json} or {@code github}. */
    @Parameter(property = "schemadiff.format")
    private String format;

    /** Writes the review to this file instead of the build log. */
    @Parameter(property = "schemadiff.out")
    private File outputFile;

    /** Hazard codes not to fail on, such as {@code not-null-without-default}. */
    @Parameter(property = "schemadiff.allowHazards")
    private List<String> allowHazards = new ArrayList<>();

    @Override
    String command() {
        return "review";
    }

    @Override
    List<String> commandOptions() throws MojoExecutionException, MojoFailureException {
        List<String> options = new ArrayList<>(List.of("--base", revisionOrFolder(base), "--head", revisionOrFolder(head),
                "--repo", project().getBasedir().getPath()));
        for (String source : sources.isEmpty() ? moduleSourceRoots() : sources) {
            options.addAll(List.of("--source", source));
        }
        migrationFolders.forEach(folder -> options.addAll(List.of("--migrations", folder)));
        options.addAll(namingModeOption());
        if (format != null) {
            options.addAll(List.of("--format", format));
        }
        if (outputFile != null) {
            File output = inModule(outputFile.getPath()).toFile();
            output.getParentFile().mkdirs();
            options.addAll(List.of("--output", output.getPath()));
        }
        allowHazards.forEach(code -> options.addAll(List.of("--allow-hazard", code)));
        return options;
    }

    @Override
    void checkExit(int exitCode, Optional<String> error, List<String> result) throws MojoFailureException {
        if (exitCode == HAZARD_NOT_ALLOWED) {
            throw new MojoFailureException("the schema change has a hazard of level error (see the review above);"
                    + " make the change the safer way it names, or allow its code with <allowHazards>");
        }
        // Changes to review are what a review is for: the build goes on.
        if (exitCode != Main.CHANGES_PENDING) {
            super.checkExit(exitCode, error, result);
        }
    }

    /** A folder relative to the module, made absolute; anything else is a git revision. */
    private String revisionOrFolder(String value) {
        Path folder = inModule(value);
        return Files.isDirectory(folder) ? folder.toString() : value;
    }

    /**
     * The module's compile source roots, relative to it as the review reads them at each revision; generated
     * ones under the build directory are in no revision.
     */
    private List<String> moduleSourceRoots() {
        Path module = project().getBasedir().toPath();
        Path build = Path.of(project().getBuild().getDirectory());
        return project().getCompileSourceRoots().stream().map(Path::of)
                .filter(root -> root.startsWith(module) && !root.startsWith(build))
                .map(root -> module.relativize(root).toString()).toList();
    }
}
