package dev.schemadiff.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.reader.NamingMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden reports: each folder under {@code cases/} holds {@code base/} (or {@code base-is-sample.txt}: the
 * recruiting sample's {@code src/} is the base), {@code head/} (files added or changed at head), optionally {@code removed.txt} (paths deleted at head), and the expected
 * {@code expected.md}, {@code expected.json} and {@code expected.github}. The test commits base and head
 * on two branches of a real git repository and reviews {@code main} against {@code feature}.
 * {@code -Dgolden.update=true} rewrites the expected files.
 */
class GoldenReviewTest {
    private static final Path CASES = Path.of("src/test/resources/cases");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTheGoldenReports(String name, @TempDir Path dir) throws IOException {
        Path folder = CASES.resolve(name);
        Path removedList = folder.resolve("removed.txt");
        List<String> removed = Files.exists(removedList) ? Files.readAllLines(removedList).stream()
                .filter(line -> !line.isBlank()).toList() : List.of();
        Path base = Files.exists(folder.resolve("base-is-sample.txt")) ? sampleSources(dir.resolve("base"))
                : folder.resolve("base");
        Path repo = GitRepos.twoBranches(dir.resolve("repo"), base, folder.resolve("head"), removed);

        ReviewReport report = new SchemaReview().review(new ReviewRequest(
                new ReviewSource.GitRevision(repo, "main"), new ReviewSource.GitRevision(repo, "feature"),
                List.of("src/main/java"), List.of("src/main/resources/db/migration"), NamingMode.SPRING,
                ReviewRequest.TableSizes.NONE));

        compare(folder.resolve("expected.md"), ReviewFormat.MARKDOWN.render(report, Set.of(), false));
        compare(folder.resolve("expected.json"), ReviewFormat.JSON.render(report, Set.of(), false));
        compare(folder.resolve("expected.github"), ReviewFormat.GITHUB.render(report, Set.of(), false));
    }

    /** A copy of {@code samples/recruiting/src} under {@code target}, as the base of a pull request. */
    private static Path sampleSources(Path target) throws IOException {
        Path sample = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(sample.resolve("samples/recruiting/src"))) {
            sample = sample.getParent();
        }
        Path source = sample.resolve("samples/recruiting/src");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve("src").resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return target;
    }

    static void compare(Path expected, String actual) throws IOException {
        if (UPDATE || !Files.exists(expected)) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            if (!UPDATE) {
                throw new AssertionError("wrote missing golden file " + expected + "; review it and rerun");
            }
            return;
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "golden file " + expected);
    }
}
