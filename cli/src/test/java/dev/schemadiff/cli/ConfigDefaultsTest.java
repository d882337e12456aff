package dev.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** {@code schemadiff.properties}: what it sets, and what overrides it. */
@ExtendWith(PostgresExtension.class)
class ConfigDefaultsTest {

    record Case(String name, String file, Map<String, String> env, String[] args, String option, Object expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> precedence() {
        return Stream.of(
                new Case("built-in default", "", Map.of(), args("plan"), "--naming", "SPRING"),
                new Case("the file sets an option", "naming=jpa\n", Map.of(), args("plan"), "--naming", "JPA"),
                new Case("a command's key wins over the plain key", "format=json\nplan.format=markdown\n", Map.of(),
                        args("plan"), "--format", "MARKDOWN"),
                new Case("a command's key applies to that command only", "plan.naming=jpa\n", Map.of(),
                        args("apply"), "--naming", "SPRING"),
                new Case("the environment wins over the file", "apply.lock-timeout=3s\n",
                        Map.of("SCHEMADIFF_LOCK_TIMEOUT", "750ms"), args("apply"), "--lock-timeout", "PT0.75S"),
                new Case("a flag wins over the environment", "naming=jpa\n", Map.of("SCHEMADIFF_NAMING", "jpa"),
                        args("plan", "--naming", "spring"), "--naming", "SPRING"),
                new Case("a repeatable option takes the file's value as its first", "schema=billing\n", Map.of(),
                        args("plan"), "--schema", java.util.List.of("billing")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("precedence")
    void flagsThenEnvironmentThenFileThenDefault(Case testCase, @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve(ConfigDefaults.FILE_NAME), testCase.file());
        CommandLine commandLine = new CommandLine(new Main(file)).setCaseInsensitiveEnumValuesAllowed(true)
                .setDefaultValueProvider(ConfigDefaults.load(file, testCase.env()));

        ParseResult parsed = commandLine.parseArgs(testCase.args());

        Object value = parsed.subcommand().commandSpec().findOption(testCase.option()).getValue();
        assertEquals(String.valueOf(testCase.expected()), String.valueOf(value));
    }

    static Stream<Case> databasePrecedence() {
        String fromFile = "postgresql://dev@localhost:5432/devdb";
        return Stream.of(
                new Case("the file's db when the environment names none", fromFile, Map.of(), args(), "", "devdb"),
                new Case("DATABASE_URL wins over the file", fromFile,
                        Map.of("DATABASE_URL", "postgresql://ci@db:5432/cidb"), args(), "", "cidb"),
                new Case("POSTGRES_* win over the file", fromFile, Map.of("POSTGRES_DB", "composedb"), args(), "",
                        "composedb"),
                new Case("PG* only fill in what the file's URL leaves out", "postgresql://localhost/devdb",
                        Map.of("PGUSER", "alice", "PGDATABASE", "other"), args(), "", "devdb as alice"),
                new Case("--db wins over everything", fromFile, Map.of("DATABASE_URL", "postgresql://ci@db/cidb"),
                        args("--db", "postgresql://me@localhost/mine"), "", "mine"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databasePrecedence")
    void theFilesDatabaseComesAfterTheDeployEnvironment(Case testCase) {
        String db = testCase.args().length == 0 ? null : testCase.args()[1];
        DatabaseTarget.Server server = (DatabaseTarget.Server) new TargetResolver(testCase.env(), warning -> { },
                testCase.file()).resolve(db);

        String expected = String.valueOf(testCase.expected());
        assertEquals(expected, expected.contains(" as ") ? server.database() + " as " + server.user() : server.database());
    }

    @Test
    void aPlanRunsFromTheFileAlone(TestDatabase db, @TempDir Path dir) throws IOException {
        db.execute("CREATE TABLE users (id bigint PRIMARY KEY)");
        Path file = Files.writeString(dir.resolve(ConfigDefaults.FILE_NAME), String.join("\n",
                "# the team's settings",
                "db=" + db.jdbcUrl(),
                "classes=" + Fixtures.recruitingClasses().toString().replace("\\", "\\\\"),
                "naming=jpa",
                "plan.format=json",
                ""));

        CliRun plan = run(file, Map.of(), "plan");

        assertEquals(Main.SUCCESS, plan.exitCode(), plan::toString);
        assertTrue(plan.out().startsWith("{"), "format=json applies to plan: " + plan);
        assertTrue(plan.out().contains("expectedwage character varying(120)"), "naming=jpa applies: " + plan);
    }

    @Test
    void theReadmeExampleFileIsValid(@TempDir Path dir) throws IOException {
        String readme = Files.readString(readme());
        int start = readme.indexOf("# schemadiff.properties\n");
        String example = readme.substring(start, readme.indexOf("```", start));
        Path file = Files.writeString(dir.resolve(ConfigDefaults.FILE_NAME), example);
        ConfigDefaults config = ConfigDefaults.load(file, Map.of());
        CommandLine commandLine = new CommandLine(new Main(file)).setCaseInsensitiveEnumValuesAllowed(true);

        config.requireKnownKeys(commandLine);
        commandLine.setDefaultValueProvider(config);
        ParseResult apply = commandLine.parseArgs("apply").subcommand();

        Object lockTimeout = apply.commandSpec().findOption("--lock-timeout").getValue();
        Object naming = apply.commandSpec().findOption("--naming").getValue();
        assertEquals("PT3S", lockTimeout.toString());
        assertEquals("JPA", naming.toString());
        assertEquals("postgresql://dev@localhost:5432/recruiting", config.database().orElseThrow());
    }

    @Test
    void anUnknownKeyIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve(ConfigDefaults.FILE_NAME), "naming=jpa\nlock-timout=3s\n");

        CliRun run = run(file, Map.of(), "plan", "--help");

        assertEquals(Main.ERROR, run.exitCode());
        assertEquals("schemadiff: error: " + file + ": unknown key 'lock-timout'; keys are option names without the"
                + " dashes, alone or after a command: naming=jpa, apply.lock-timeout=3s", run.lastErrLine());
    }

    @Test
    void withoutAFileNothingChanges(@TempDir Path dir) {
        CliRun run = run(dir.resolve(ConfigDefaults.FILE_NAME), Map.of(), "plan");

        assertEquals(Main.ERROR, run.exitCode());
        assertTrue(run.lastErrLine().startsWith("schemadiff: error: missing --classes"), run::toString);
    }

    private static CliRun run(Path configFile, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = new Main(configFile).run(args, new PrintWriter(out), new PrintWriter(err), env);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    private static Path readme() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(dir.resolve("README.md")) || !Files.isDirectory(dir.resolve("cli"))) {
            dir = dir.getParent();
        }
        return dir.resolve("README.md");
    }

    private static String[] args(String... args) {
        return args;
    }
}
