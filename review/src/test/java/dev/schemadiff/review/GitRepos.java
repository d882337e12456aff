package dev.schemadiff.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real git repositories for tests, made with the git CLI: fixed author, committer and dates, and no
 * user or system configuration, so that commits are the same on every machine.
 */
final class GitRepos {
    private GitRepos() {
    }

    /**
     * A repository with {@code base} committed on {@code main}, and on branch {@code feature} the tree
     * {@code base} overlaid with {@code head}, minus the paths in {@code removed}.
     */
    static Path twoBranches(Path repo, Path base, Path head, List<String> removed) {
        git(repo, "init", "--quiet", "--initial-branch=main");
        copy(base, repo);
        commit(repo, "base", "2026-01-01T10:00:00Z");
        git(repo, "checkout", "--quiet", "-b", "feature");
        if (Files.isDirectory(head)) {
            copy(head, repo);
        }
        for (String path : removed) {
            git(repo, "rm", "--quiet", path);
        }
        commit(repo, "head", "2026-01-02T10:00:00Z");
        return repo;
    }

    private static void commit(Path repo, String message, String date) {
        git(repo, "add", "-A");
        git(repo, Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date), "commit", "--quiet",
                "--allow-empty", "-m", message);
    }

    static void git(Path repo, String... args) {
        git(repo, Map.of(), args);
    }

    private static void git(Path repo, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(repo);
            ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
            builder.environment().putAll(Map.of("GIT_CONFIG_GLOBAL", "/dev/null", "GIT_CONFIG_NOSYSTEM", "1",
                    "GIT_AUTHOR_NAME", "Test", "GIT_AUTHOR_EMAIL", "test@example.com",
                    "GIT_COMMITTER_NAME", "Test", "GIT_COMMITTER_EMAIL", "test@example.com"));
            builder.environment().putAll(env);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(command + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
