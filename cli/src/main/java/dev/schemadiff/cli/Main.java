package dev.schemadiff.cli;

import dev.schemadiff.SchemaDiffException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code schemadiff} command: {@code plan} and {@code apply}. Exit codes: 0 success or in sync, 1
 * error, 2 changes pending ({@code plan --detailed-exitcode}). Errors are one line on stderr,
 * {@code schemadiff: error: <what failed>; <what to try>}, with passwords masked; {@code --verbose}
 * adds the stack trace.
 */
@Command(name = "schemadiff", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Keeps a PostgreSQL schema in step with the JPA entities that use it.",
        subcommands = {PlanCommand.class, ApplyCommand.class, StatusCommand.class, RecoverCommand.class,
                CheckCommand.class, ReviewCommand.class, CompletionCommand.class},
        footerHeading = "%nExamples:%n",
        // Examples stay within picocli's 80 columns: a wrapped command line could not be copied.
        footer = {"  schemadiff plan --db embedded --init samples/recruiting/drifted.sql \\",
                "                  --classes samples/recruiting/target/classes",
                "  schemadiff apply --classes target/classes   # database from DATABASE_URL",
                "  source <(schemadiff completion)             # tab completion, bash or zsh",
                "",
                "Option defaults can live in ./" + ConfigDefaults.FILE_NAME + " (naming=jpa or",
                "apply.lock-timeout=3s); SCHEMADIFF_<OPTION> variables and flags override them."})
public final class Main implements Callable<Integer> {
    /** Success; for {@code plan --detailed-exitcode}: nothing pending. */
    public static final int SUCCESS = 0;
    /** Any error: usage, connection, model, catalog or apply. */
    public static final int ERROR = 1;
    /** {@code plan --detailed-exitcode}: changes pending (with {@code --strict}, also findings). */
    public static final int CHANGES_PENDING = 2;

    private static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";

    private final Secrets secrets = new Secrets();
    private final Path configFile;
    /** {@code null}: no transient progress line (stderr is not a terminal). */
    private Duration progressDelay;
    private Map<String, String> env = Map.of();
    private Console console;
    private ConfigDefaults config;

    @Spec
    private CommandSpec spec;

    /** A command line whose options default to {@code schemadiff.properties} in the working directory. */
    public Main() {
        this(Path.of(ConfigDefaults.FILE_NAME));
    }

    /** @param configFile option defaults (a properties file, read when it exists), or {@code null} for none */
    public Main(Path configFile) {
        this.configFile = configFile;
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        // Hibernate logs through jboss-logging, which would pick java.util.logging and write INFO lines
        // to stderr; route it to slf4j-nop instead. The model reader reports what matters as warnings.
        if (System.getProperty(JBOSS_LOGGING_PROVIDER) == null) {
            System.setProperty(JBOSS_LOGGING_PROVIDER, "slf4j");
        }
        java.io.Console terminal = System.console();
        Charset charset = terminal == null ? Charset.defaultCharset() : terminal.charset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        Main main = new Main();
        // Work shorter than this needs no progress line.
        main.progressDelay = ProgressLine.stderrIsTerminal() ? Duration.ofMillis(500) : null;
        System.exit(main.run(args, out, err, System.getenv()));
    }

    /**
     * Runs a command line in-process.
     *
     * @param out receives the result (the plan, or what apply did)
     * @param err receives progress, findings, warnings and errors
     * @param env the environment to read {@code DATABASE_URL}, {@code PG*}, {@code HOME} etc. from
     * @return the exit code
     */
    public int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        this.env = Map.copyOf(env);
        this.console = new Console(out, err, secrets, progressDelay);
        CommandLine commandLine = new CommandLine(this)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((e, arguments) -> usageError(e, err))
                .setExecutionExceptionHandler((e, command, parsed) -> failure(e, parsed, err));
        try {
            config = ConfigDefaults.load(configFile, this.env);
            config.requireKnownKeys(commandLine);
            commandLine.setDefaultValueProvider(config);
            return commandLine.execute(args);
        } catch (SchemaDiffException e) {
            err.println(secrets.mask("schemadiff: error: " + oneLine(e.getMessage())));
            return e.code().exitCode();
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** {@code schemadiff} without a command. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: plan, apply, status or recover");
    }

    Console console() {
        return console;
    }

    TargetResolver targetResolver() {
        return new TargetResolver(env, console::warning, config.database().orElse(null));
    }

    /** Masks the target's passwords from here on, in every line written to stderr. */
    void rememberSecrets(DatabaseTarget target) {
        if (target instanceof DatabaseTarget.Server server) {
            String password = server.password();
            // One that equals the user or database name (postgres/postgres) is printed as such anyway:
            // masking it would only garble those names in every message.
            if (password != null && !password.equals(server.user()) && !password.equals(server.database())) {
                secrets.add(password);
            }
            secrets.add(server.parameters().get("sslpassword"));
        }
    }

    private int usageError(ParameterException e, PrintWriter err) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        err.println(secrets.mask("schemadiff: error: " + decapitalize(oneLine(e.getMessage()))
                + "; see " + command + " --help"));
        return ERROR;
    }

    private int failure(Exception e, ParseResult parsed, PrintWriter err) {
        boolean verbose = verbose(parsed);
        String message = e instanceof SchemaDiffException ? e.getMessage()
                : "unexpected " + e.getClass().getName() + ": " + e.getMessage()
                + (verbose ? "; please report this with the stack trace below" : "; rerun with --verbose for the stack trace");
        err.println(secrets.mask("schemadiff: error: " + oneLine(message)));
        if (verbose) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(secrets.mask(trace.toString()));
        }
        return e instanceof SchemaDiffException known ? known.code().exitCode() : ERROR;
    }

    private static boolean verbose(ParseResult parsed) {
        ParseResult command = parsed;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        return command.hasMatchedOption("--verbose");
    }

    private static String oneLine(String message) {
        return String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String decapitalize(String message) {
        return message.isEmpty() ? message : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }

    /** {@code --version} on every command: the {@link VersionReport} of the running classpath. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new VersionReport().getVersion();
        }
    }
}
