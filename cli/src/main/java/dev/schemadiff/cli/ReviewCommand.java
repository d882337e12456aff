package dev.schemadiff.cli;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.review.DatabaseTableSizes;
import dev.schemadiff.review.HazardCode;
import dev.schemadiff.review.ReviewFormat;
import dev.schemadiff.review.ReviewReport;
import dev.schemadiff.review.ReviewRequest;
import dev.schemadiff.review.ReviewSource;
import dev.schemadiff.review.SchemaReview;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code schemadiff review}: what a pull request does to the schema, with hazards. Needs no build and no database. */
@Command(name = "review", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads the entity sources at two git revisions (without a checkout) or in two folders,"
                + " and reports the schema change between them: tables, columns, keys, indexes, checks and sequences"
                + " added, changed or removed, suspected renames, the migration files touched, and the hazards of each"
                + " change with a safer alternative.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing to review", "1:error", "2:schema changes or migration files to review",
                "3:a hazard of level error that --allow-hazard does not allow"},
        footerHeading = "%nExamples:%n",
        footer = {"  schemadiff review --base origin/main --head HEAD --source src/main/java \\",
                "    --migrations src/main/resources/db/migration --format markdown > comment.md",
                "  schemadiff review --base old/ --head new/ --source src/main/java"})
final class ReviewCommand implements Callable<Integer> {
    /** A hazard of level error that was not allowed. */
    static final int HAZARD_NOT_ALLOWED = 3;

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--base", required = true, paramLabel = "REF|DIR",
            description = "The state before: a git revision (origin/main, a tag, a sha) or a folder.")
    private String base;

    @Option(names = "--head", defaultValue = "HEAD", paramLabel = "REF|DIR",
            description = "The state after: a git revision or a folder. Default: HEAD.")
    private String head;

    @Option(names = "--repo", defaultValue = ".", paramLabel = "DIR",
            description = "A directory in the git work tree the revisions belong to; --source and --migrations are"
                    + " relative to it. Default: the working directory.")
    private Path repository;

    @Option(names = "--source", required = true, paramLabel = "DIR",
            description = "Entity source root, relative to the repository directory (or to each folder), such as"
                    + " src/main/java. Repeatable.")
    private List<String> sources = new ArrayList<>();

    @Option(names = "--migrations", paramLabel = "DIR",
            description = "A migration folder, relative likewise: files added, changed or removed are listed. Repeatable.")
    private List<String> migrations = new ArrayList<>();

    @Option(names = "--naming", paramLabel = "spring|jpa", defaultValue = "spring",
            completionCandidates = CompletionValues.Namings.class,
            description = "Naming rules: spring (Spring Boot's snake_case, the default) or jpa (Hibernate's).")
    private NamingMode naming;

    @Option(names = "--format", paramLabel = "markdown|json|text|github", defaultValue = "text",
            description = "markdown (a pull request comment), json (stable, for tools), text (default; coloured on a"
                    + " terminal) or github (Actions annotations on Entity.java:line).")
    private ReviewFormat format;

    @Option(names = "--allow-hazard", paramLabel = "CODE",
            description = "A hazard code not to fail on (exit 3), such as not-null-without-default. Repeatable.")
    private List<String> allowedHazards = new ArrayList<>();

    @Option(names = "--db", paramLabel = "URL", description = "Optional: a database at base (such as a replica);"
            + " index, key and scan hazards then name the size of their table. The same URL forms as plan --db.")
    private String db;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    private Path output;

    /** Read by {@link Main}'s error handler from the parse result. */
    @Option(names = "--verbose", description = "Stack traces on errors.")
    boolean verbose;

    @Override
    public Integer call() {
        Set<HazardCode> allowed = allowed();
        ReviewRequest request = new ReviewRequest(source(base), source(head), sources, migrations, naming,
                ReviewRequest.TableSizes.NONE);
        Console console = main.console();
        ReviewReport report;
        if (db == null) {
            report = console.working("reviewing", () -> new SchemaReview().review(request));
        } else {
            DatabaseTarget target = main.targetResolver().resolveOption(db, "--db");
            main.rememberSecrets(target);
            try (DatabaseSession session = DatabaseSession.open(target, null, console)) {
                ReviewRequest sized = new ReviewRequest(request.base(), request.head(), sources, migrations, naming,
                        new DatabaseTableSizes(session.connection()));
                report = console.working("reviewing", () -> new SchemaReview().review(sized));
            }
        }
        report.warnings().forEach(console::warning);
        String rendered = format.render(report, allowed, output == null && colourTerminal());
        if (output == null) {
            console.result(rendered);
        } else {
            try {
                Files.writeString(output, rendered, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new SchemaDiffException(ErrorCode.USAGE, "cannot write --output file " + output + " (" + e
                        + "); check that its directory exists and is writable", e);
            }
            console.progress("wrote the review to " + output);
        }
        return switch (report.outcome(allowed)) {
            case NOTHING_TO_REVIEW -> Main.SUCCESS;
            case CHANGES -> Main.CHANGES_PENDING;
            case BLOCKED -> HAZARD_NOT_ALLOWED;
        };
    }

    /** An existing directory (relative to the working directory) is a folder; anything else a git revision. */
    private ReviewSource source(String value) {
        Path folder = Path.of(value);
        if (Files.isDirectory(folder)) {
            return new ReviewSource.Folder(folder);
        }
        if (!Files.isDirectory(repository)) {
            throw new ParameterException(spec.commandLine(), "--repo " + repository + " is not a directory");
        }
        return new ReviewSource.GitRevision(repository, value);
    }

    private Set<HazardCode> allowed() {
        Set<HazardCode> allowed = EnumSet.noneOf(HazardCode.class);
        for (String code : allowedHazards) {
            allowed.add(HazardCode.byCode(code).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "unknown hazard code '" + code + "' for --allow-hazard; known: " + Arrays.stream(HazardCode.values())
                            .map(HazardCode::code).collect(Collectors.joining(", ")))));
        }
        return allowed;
    }

    /** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
    private static boolean colourTerminal() {
        return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    }
}
