package dev.schemadiff.review.internal;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies the files under some paths of a git revision into a directory, through the git CLI and without
 * touching the work tree or the index: {@code git ls-tree -r} lists the blobs, one {@code git cat-file
 * --batch} process streams them all.
 */
public final class GitTree {
    private GitTree() {
    }

    /**
     * Writes the files of {@code ref} under {@code paths} to {@code target}, at their paths relative to the
     * repository's top level.
     *
     * @param repository a directory in the work tree; {@code paths} are relative to it
     * @return the directory's path relative to the top level ({@code ""} at the top), to find the paths in {@code target}
     */
    public static String extract(Path repository, String ref, List<String> paths, Path target) {
        String prefix = run(repository, List.of("git", "rev-parse", "--show-prefix"), "is " + repository
                + " inside a git work tree? pass --repo DIR, or use --base DIR --head DIR for two folders").strip();
        run(repository, List.of("git", "rev-parse", "--verify", "--quiet", ref + "^{commit}"),
                "unknown git revision '" + ref + "'; fetch it first (actions/checkout with fetch-depth: 0) or name a branch, tag or commit");
        List<String> command = new ArrayList<>(List.of("git", "ls-tree", "-r", "-z", "--full-name", ref, "--"));
        command.addAll(paths.isEmpty() ? List.of(".") : paths);
        String listing = run(repository, command, "listing " + paths + " at " + ref + " failed");
        List<String[]> blobs = new ArrayList<>();
        for (String entry : listing.split("\0")) {
            int tab = entry.indexOf('\t');
            String[] meta = tab < 0 ? new String[0] : entry.substring(0, tab).split(" ");
            if (meta.length == 3 && meta[1].equals("blob")) {
                blobs.add(new String[] {meta[2], entry.substring(tab + 1)});
            }
        }
        if (!blobs.isEmpty()) {
            catFiles(repository, blobs, target);
        }
        return prefix;
    }

    private static void catFiles(Path repository, List<String[]> blobs, Path target) {
        ProcessBuilder builder = new ProcessBuilder("git", "cat-file", "--batch").directory(repository.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = builder.start();
            // git answers each request in order; writing all requests first could fill the pipe both ways
            Thread requests = new Thread(() -> {
                try (OutputStream in = process.getOutputStream()) {
                    for (String[] blob : blobs) {
                        in.write((blob[0] + "\n").getBytes(StandardCharsets.US_ASCII));
                    }
                } catch (IOException e) {
                    process.destroy();
                }
            }, "git-cat-file-requests");
            requests.start();
            try (InputStream out = new BufferedInputStream(process.getInputStream())) {
                for (String[] blob : blobs) {
                    String header = readLine(out);
                    String[] parts = header.split(" ");
                    if (parts.length != 3) {
                        throw new IOException("unexpected git cat-file answer: " + header);
                    }
                    byte[] content = out.readNBytes(Integer.parseInt(parts[2]));
                    out.read(); // the newline after each object
                    Path file = target.resolve(blob[1]).normalize();
                    if (!file.startsWith(target)) {
                        throw new IOException("path outside the tree: " + blob[1]);
                    }
                    Files.createDirectories(file.getParent());
                    Files.write(file, content);
                }
            }
            requests.join();
            process.waitFor();
        } catch (IOException e) {
            throw new SchemaDiffException(ErrorCode.USAGE, "reading files from git failed: " + e.getMessage()
                    + "; check that git works in " + repository, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaDiffException(ErrorCode.USAGE, "interrupted while reading files from git", e);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("git cat-file ended early");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** Runs a git command and returns its stdout; a non-zero exit becomes a usage error saying {@code failure}. */
    private static String run(Path directory, List<String> command, String failure) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new SchemaDiffException(ErrorCode.USAGE, failure);
            }
            return output;
        } catch (IOException e) {
            throw new SchemaDiffException(ErrorCode.USAGE, "cannot run git (" + e.getMessage()
                    + "); install git, or use --base DIR --head DIR for two folders", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaDiffException(ErrorCode.USAGE, "interrupted while running git", e);
        }
    }
}
