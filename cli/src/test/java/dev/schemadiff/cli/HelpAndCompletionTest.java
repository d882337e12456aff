package dev.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --help} shows examples; {@code schemadiff completion} completes in a real bash. */
class HelpAndCompletionTest {

    @ParameterizedTest(name = "schemadiff {0} --help")
    @ValueSource(strings = {"", "plan", "apply", "completion"})
    void helpEndsWithRunnableExamples(String command) {
        CliRun help = command.isEmpty() ? CliRun.run(Map.of(), "--help") : CliRun.run(Map.of(), command, "--help");

        assertEquals(Main.SUCCESS, help.exitCode(), help::toString);
        List<String> lines = help.out().lines().toList();
        int heading = lines.indexOf("Examples:");
        assertTrue(heading > 0, "no Examples: section in\n" + help.out());
        String example = lines.get(heading + 1).strip();
        String expectedStart = command.equals("completion") ? "source <(schemadiff completion)"
                : "schemadiff " + (command.isEmpty() ? "plan" : command) + " ";
        assertTrue(example.startsWith(expectedStart), example);
        // every line of the block is indented: help text wrapped at 80 columns would break a command in two
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (line.isBlank()) {
                break;
            }
            assertTrue(line.startsWith("  "), () -> "a wrapped example line: '" + line + "' in\n" + help.out());
        }
    }

    @ParameterizedTest(name = "\"{0}\" completes to {1}")
    @CsvSource(delimiter = '|', value = {
            "schemadiff pl                 | plan",
            "schemadiff com                | completion",
            "schemadiff plan --nam         | --naming --naming-strategy",
            "schemadiff apply --lock-t     | --lock-timeout",
            "schemadiff plan --format j    | json",
            "schemadiff apply --naming s   | spring"})
    void theCompletionScriptCompletesCommandsOptionsAndValues(String line, String expected, @TempDir Path dir)
            throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        CliRun completion = CliRun.run(Map.of(), "completion");
        assertEquals(Main.SUCCESS, completion.exitCode(), completion::toString);
        Path script = Files.writeString(dir.resolve("schemadiff.bash"), completion.out());

        String words = line.strip();
        String shell = "source " + script + "\n"
                + "COMP_WORDS=(" + words + ")\n"
                + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
                + "COMP_LINE='" + words + "'\nCOMP_POINT=${#COMP_LINE}\n"
                + "_complete_schemadiff\n"
                + "echo \"${COMPREPLY[*]}\"\n";
        // compopt complains outside a real completion (stderr); the candidates still land in COMPREPLY
        Process bash = new ProcessBuilder("/bin/bash", "-c", shell)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));

        assertEquals(0, bash.exitValue(), output);
        assertEquals(expected.strip(), output);
    }
}
