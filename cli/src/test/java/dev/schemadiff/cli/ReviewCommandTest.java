package dev.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code schemadiff review} end to end in-process: exit codes, formats, git revisions and folders. */
class ReviewCommandTest {
    private static final String ITEM = """
            package app;

            import jakarta.persistence.*;

            @Entity
            public class Item {
                @Id
                private Long id;

                private String name;
            %s}
            """;

    record Run(int exitCode, String out, String err) {
    }

    static Stream<Arguments> exitCodes() {
        return Stream.of(
                Arguments.of("nothing changed", "", List.of(), 0),
                Arguments.of("a nullable column", "\n    private String code;\n", List.of(), 2),
                Arguments.of("a NOT NULL column (error hazard)", "\n    @Column(nullable = false)\n    private String code;\n",
                        List.of(), 3),
                Arguments.of("the error hazard allowed", "\n    @Column(nullable = false)\n    private String code;\n",
                        List.of("--allow-hazard", "not-null-without-default"), 2));
    }

    @ParameterizedTest(name = "{0} -> exit {3}")
    @MethodSource("exitCodes")
    void exitCodeSaysWhatTheReviewFound(String name, String headFields, List<String> extra, int expected,
                                        @TempDir Path dir) throws IOException {
        write(dir.resolve("base/src/main/java/app/Item.java"), ITEM.formatted(""));
        write(dir.resolve("head/src/main/java/app/Item.java"), ITEM.formatted(headFields));
        List<String> args = new ArrayList<>(List.of("review", "--base", dir.resolve("base").toString(),
                "--head", dir.resolve("head").toString(), "--source", "src/main/java"));
        args.addAll(extra);

        Run run = run(args);

        assertEquals(expected, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("schemadiff review: "), run.out());
    }

    @Test
    void reviewsTwoGitRevisionsIntoAMarkdownComment(@TempDir Path dir) throws IOException {
        Path repo = dir.resolve("repo");
        write(repo.resolve("src/main/java/app/Item.java"), ITEM.formatted(""));
        git(repo, "init", "--quiet", "--initial-branch=main");
        git(repo, "add", "-A");
        git(repo, "commit", "--quiet", "-m", "base");
        git(repo, "checkout", "--quiet", "-b", "feature");
        write(repo.resolve("src/main/java/app/Item.java"), ITEM.formatted("\n    @Column(unique = true)\n    private String code;\n"));
        write(repo.resolve("db/migration/V2__code.sql"), "ALTER TABLE item ADD COLUMN code varchar(255);\n");
        git(repo, "add", "-A");
        git(repo, "commit", "--quiet", "-m", "head");
        // the work tree is changed after the commit: review reads the revision, not the files
        write(repo.resolve("src/main/java/app/Item.java"), "this does not parse");
        Path comment = dir.resolve("comment.md");

        Run run = run(List.of("review", "--repo", repo.toString(), "--base", "main", "--head", "feature",
                "--source", "src/main/java", "--migrations", "db/migration", "--format", "markdown",
                "--output", comment.toString()));

        assertEquals(2, run.exitCode(), run.err());
        String markdown = Files.readString(comment);
        assertTrue(markdown.contains("| `public.item` | 2 | ⚠️ 1 warning |"), markdown);
        assertTrue(markdown.contains("`db/migration/V2__code.sql` (added)"), markdown);
        assertTrue(markdown.contains("(`src/main/java/app/Item.java:13`)"), markdown);
        assertTrue(run.err().contains("wrote the review to"), run.err());
    }

    @Test
    void githubFormatAnnotatesTheEntityLine(@TempDir Path dir) throws IOException {
        write(dir.resolve("base/src/main/java/app/Item.java"), ITEM.formatted(""));
        write(dir.resolve("head/src/main/java/app/Item.java"), ITEM.formatted("\n    @Column(nullable = false)\n    private String code;\n"));

        Run run = run(List.of("review", "--base", dir.resolve("base").toString(), "--head", dir.resolve("head").toString(),
                "--source", "src/main/java", "--format", "github"));

        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("::error file=src/main/java/app/Item.java,line=13,title=schemadiff"
                + " not-null-without-default::public.item: column code"), run.out());
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(List.of("--base", "no-such-ref", "--source", "src/main/java"), "unknown git revision 'no-such-ref'"),
                Arguments.of(List.of("--base", "HEAD", "--source", "src", "--allow-hazard", "bogus"),
                        "unknown hazard code 'bogus' for --allow-hazard"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("errors")
    void errorsAreOneLineWithExitOne(List<String> options, String message, @TempDir Path dir) {
        git(dir, "init", "--quiet");
        List<String> args = new ArrayList<>(List.of("review", "--repo", dir.toString()));
        args.addAll(options);

        Run run = run(args);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("schemadiff: error: ") && run.err().contains(message), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    private static Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(null).run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), Map.of());
        return new Run(code, out.toString(), err.toString());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void git(Path repo, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "commit.gpgsign=false", "-c", "user.name=Test",
                "-c", "user.email=test@example.com"));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(repo);
            ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
            builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
            builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(command + " failed: " + output);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
