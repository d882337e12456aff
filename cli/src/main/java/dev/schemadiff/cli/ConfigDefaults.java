package dev.schemadiff.cli;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults a team keeps with its project in {@code schemadiff.properties}, and per run in the
 * environment. For an option, the first of these wins:
 * <ol>
 *   <li>the flag on the command line;</li>
 *   <li>the variable {@code SCHEMADIFF_<OPTION>} ({@code SCHEMADIFF_LOCK_TIMEOUT=3s});</li>
 *   <li>{@code <command>.<option>} in the file ({@code apply.lock-timeout=3s});</li>
 *   <li>{@code <option>} in the file ({@code naming=jpa});</li>
 *   <li>the built-in default.</li>
 * </ol>
 * The database is resolved apart, by {@link TargetResolver}: a deploy's {@code DATABASE_URL} or
 * {@code POSTGRES_*} must win over the {@code db} a project file names for development.
 */
final class ConfigDefaults implements CommandLine.IDefaultValueProvider {
    static final String FILE_NAME = "schemadiff.properties";
    static final String DATABASE_KEY = "db";
    /** Options that say how to run rather than what to do, or whose value comes from elsewhere. */
    private static final Set<String> NOT_CONFIGURABLE = Set.of("help", "version", "verbose", DATABASE_KEY);

    private final Path file;
    private final Properties values;
    private final Map<String, String> env;

    private ConfigDefaults(Path file, Properties values, Map<String, String> env) {
        this.file = file;
        this.values = values;
        this.env = env;
    }

    /**
     * @param file the properties file, read when it exists; {@code null} for none
     * @throws SchemaDiffException ({@code USAGE}) when the file exists but cannot be read
     */
    static ConfigDefaults load(Path file, Map<String, String> env) {
        Properties values = new Properties();
        if (file != null && Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new SchemaDiffException(ErrorCode.USAGE, "cannot read " + file + ": " + e.getMessage()
                        + "; fix it or remove it", e);
            }
        }
        return new ConfigDefaults(file, values, env);
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option) || option.command() == null) {
            return null;
        }
        String key = key(option);
        if (NOT_CONFIGURABLE.contains(key)) {
            return null;
        }
        String fromEnvironment = env.get(environmentVariable(key));
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        String value = values.getProperty(option.command().name() + "." + key, values.getProperty(key));
        return value == null ? null : value.strip();
    }

    /** The file's {@code db}, for {@link TargetResolver}; empty when it names none. */
    Optional<String> database() {
        return Optional.ofNullable(values.getProperty(DATABASE_KEY)).map(String::strip).filter(db -> !db.isEmpty());
    }

    /**
     * @throws SchemaDiffException ({@code USAGE}) naming the first key that names no option of any
     *                             command: a typo would otherwise be ignored without a word
     */
    void requireKnownKeys(CommandLine root) {
        Set<String> known = new TreeSet<>();
        collectKeys(root.getCommandSpec(), known);
        for (String key : new TreeSet<>(values.stringPropertyNames())) {
            if (!known.contains(key)) {
                throw new SchemaDiffException(ErrorCode.USAGE, file + ": unknown key '" + key + "'; keys are option"
                        + " names without the dashes, alone or after a command: naming=jpa, apply.lock-timeout=3s");
            }
        }
    }

    /** {@code SCHEMADIFF_LOCK_TIMEOUT} for {@code lock-timeout}. */
    static String environmentVariable(String key) {
        return "SCHEMADIFF_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static void collectKeys(CommandSpec command, Set<String> known) {
        for (OptionSpec option : command.options()) {
            String key = key(option);
            if (key.equals(DATABASE_KEY)) {
                known.add(key); // one database for every command
            } else if (!NOT_CONFIGURABLE.contains(key)) {
                known.add(key);
                known.add(command.name() + "." + key);
            }
        }
        command.subcommands().values().forEach(sub -> collectKeys(sub.getCommandSpec(), known));
    }

    private static String key(OptionSpec option) {
        return option.longestName().replaceFirst("^-+", "");
    }
}
