package dev.schemadiff.cli;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.reader.source.SourceReaderOptions;
import dev.schemadiff.schema.ColumnRef;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options plan and apply share: where the entities are, how they are named, which database. */
final class CommonOptions {
    private static final Pattern PATH_SEPARATOR = Pattern.compile(Pattern.quote(File.pathSeparator));

    @Option(names = "--db", paramLabel = "TARGET", description = "postgresql://user:password@host:port/db"
            + " (also postgres://, postgresql+asyncpg:// etc.), jdbc:postgresql://host:port/db, or 'embedded' for a"
            + " throwaway local server. Default: DATABASE_URL, else POSTGRES_HOST/PORT/USER/PASSWORD/DB, else"
            + " PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE; passwords also from PGPASSFILE or ~/.pgpass.")
    String db;

    @Option(names = "--classes", paramLabel = "DIR|JAR",
            description = "Compiled entity classes: a directory such as target/classes, or a jar. Repeatable.")
    List<Path> classes = new ArrayList<>();

    @Option(names = "--source", paramLabel = "DIR", description = "Entity .java sources, read without a build:"
            + " a source root such as src/main/java. Repeatable.")
    List<Path> sources = new ArrayList<>();

    @Option(names = "--skip-unparsable", description = "With --source: skip .java files that do not parse, with a"
            + " warning, instead of failing.")
    boolean skipUnparsable;

    @Option(names = "--classpath", paramLabel = "PATHS", description = "What the entities need to load,"
            + " separated by '${sys:path.separator}'; 'dir/*' means every jar in dir. Repeatable.")
    List<String> classpath = new ArrayList<>();

    @Option(names = "--naming", paramLabel = "spring|jpa", defaultValue = "spring",
            completionCandidates = CompletionValues.Namings.class,
            description = "Naming rules: spring (Spring Boot's snake_case, the default) or jpa (Hibernate's).")
    NamingMode naming;

    @Option(names = "--naming-strategy", paramLabel = "FQCN",
            description = "A custom Hibernate PhysicalNamingStrategy class on the classpath.")
    String namingStrategy;

    @Option(names = "--quote-all", description = "Quote every table, column, sequence and constraint name, as"
            + " hibernate.globally_quoted_identifiers=true does: names keep their case and may be reserved words.")
    boolean quoteAll;

    @Option(names = "--schema", paramLabel = "NAME", description = "A schema to compare. Repeatable. The first"
            + " one also holds the tables of entities that name no schema (default public).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--fill", paramLabel = "TABLE.COLUMN=SQL", description = "SQL value for existing rows when"
            + " a NOT NULL column is added, e.g. --fill candidate.status=\"'new'\"; SCHEMA.TABLE.COLUMN=SQL also"
            + " works. Repeatable.")
    List<String> fills = new ArrayList<>();

    @Option(names = "--init", paramLabel = "FILE.sql",
            description = "With --db embedded: SQL loaded into the throwaway database first.")
    Path init;

    /** Read by {@link Main}'s error handler from the parse result, as it never sees this object. */
    @Option(names = "--verbose", description = "Stack traces on errors.")
    boolean verbose;

    /**
     * What a run needs, checked: usage errors surface here, before anything is read or connected.
     *
     * @param reader the entities to read; {@code null} only from {@link #checkEntitiesOptional} without entities
     */
    record Settings(DatabaseTarget target, EntityReader reader, Map<ColumnRef, String> fills, List<String> schemas) {
        /** The plan options these settings mean, with the given lock timeout and no statement timeout. */
        PlanOptions planOptions(Duration lockTimeout) {
            return new PlanOptions(schemas, fills, lockTimeout, Duration.ZERO);
        }
    }

    /**
     * @throws ParameterException for usage errors (shown with a pointer to --help)
     * @throws SchemaDiffException for a target that cannot be resolved
     */
    Settings check(CommandLine command, TargetResolver resolver) {
        if (!sources.isEmpty() && !classes.isEmpty()) {
            throw new ParameterException(command, "--source and --classes exclude each other; give one");
        }
        if (classes.isEmpty() && sources.isEmpty()) {
            throw new ParameterException(command, "missing --classes DIR|JAR (the compiled entities,"
                    + " e.g. target/classes) or --source DIR (their sources, e.g. src/main/java)");
        }
        if (skipUnparsable && sources.isEmpty()) {
            throw new ParameterException(command, "--skip-unparsable works only with --source");
        }
        for (Path path : classes) {
            requireExists(command, "--classes", path);
        }
        for (Path path : sources) {
            requireDirectory(command, "--source", path);
        }
        List<Path> dependencies = new ArrayList<>();
        for (String entry : classpath) {
            for (String part : PATH_SEPARATOR.split(entry)) {
                if (!part.isBlank()) {
                    dependencies.addAll(expand(command, part.strip()));
                }
            }
        }
        EntityReader reader = sources.isEmpty()
                ? new EntityReader.Classes(new ModelReaderOptions(classes, dependencies, naming, namingStrategy,
                        defaultSchema(), quoteAll))
                : new EntityReader.Sources(new SourceReaderOptions(sources, dependencies, naming, namingStrategy,
                        defaultSchema(), skipUnparsable, quoteAll));
        return settings(command, resolver, reader);
    }

    /**
     * {@link #check} for commands whose entities are optional ({@code status}, {@code recover}): without
     * {@code --classes} or {@code --source}, {@link Settings#reader()} is {@code null}.
     */
    Settings checkEntitiesOptional(CommandLine command, TargetResolver resolver) {
        return classes.isEmpty() && sources.isEmpty() ? settings(command, resolver, null) : check(command, resolver);
    }

    /**
     * {@link #check} for {@code check}, which has no database of its own: there {@code --db} names the server
     * to replay on, so it is not resolved here and {@link Settings#target()} is {@code null}.
     */
    Settings checkWithoutTarget(CommandLine command) {
        return check(command, null);
    }

    private Settings settings(CommandLine command, TargetResolver resolver, EntityReader reader) {
        Map<ColumnRef, String> columnFills;
        try {
            columnFills = ColumnFills.parse(fills, defaultSchema());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command, e.getMessage());
        }
        DatabaseTarget target = resolver == null ? null : resolver.resolve(db);
        if (init != null && !(target instanceof DatabaseTarget.Embedded)) {
            throw new ParameterException(command, "--init works only with --db embedded");
        }
        if (init != null) {
            requireExists(command, "--init", init);
        }
        return new Settings(target, reader, columnFills, List.copyOf(schemas));
    }

    /** {@code dir/*} stands for the jars in dir, as on a java command line. */
    private static List<Path> expand(CommandLine command, String entry) {
        if (!entry.endsWith("*")) {
            Path path = Path.of(entry);
            requireExists(command, "--classpath", path);
            return List.of(path);
        }
        String prefix = entry.substring(0, entry.length() - 1);
        Path directory = Path.of(prefix.isEmpty() ? "." : prefix);
        requireExists(command, "--classpath", directory);
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new SchemaDiffException(ErrorCode.USAGE, "cannot list --classpath directory " + directory + " ("
                    + e + "); check its permissions", e);
        }
    }

    private static void requireDirectory(CommandLine command, String option, Path path) {
        requireExists(command, option, path);
        if (!Files.isDirectory(path)) {
            throw new ParameterException(command, option + " " + path + " is not a directory; pass a source root"
                    + " such as src/main/java");
        }
    }

    private static void requireExists(CommandLine command, String option, Path path) {
        if (!Files.exists(path)) {
            throw new ParameterException(command, option + " " + path + " does not exist");
        }
    }

    private String defaultSchema() {
        return schemas.isEmpty() ? "public" : schemas.get(0);
    }
}
