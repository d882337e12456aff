package dev.schemadiff.history.flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The name of the next Flyway versioned migration: {@code V<n>__<description>.sql}, where {@code n} is the
 * first numeric part of the highest version plus one, zero-padded to the same width ({@code V004} after
 * {@code V003_2}, {@code V20240502} after {@code V20240501}).
 */
public final class NextVersionedFile {
    /** Flyway's defaults: prefix {@code V}, separator {@code __}, suffix {@code .sql}; {@code _} stands for {@code .}. */
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");

    private NextVersionedFile() {
    }

    /**
     * @param directories the directories whose versioned files count (searched recursively, as Flyway does)
     * @param description the description part, e.g. {@code schemadiff}
     */
    public static String name(List<Path> directories, String description) {
        Optional<String> highest = directories.stream().flatMap(NextVersionedFile::versions)
                .max(Comparator.comparing(NextVersionedFile::parts, NextVersionedFile::compare));
        String first = highest.map(version -> version.split("[._]")[0]).orElse("0");
        String next = new BigInteger(first).add(BigInteger.ONE).toString();
        return "V" + "0".repeat(Math.max(0, first.length() - next.length())) + next + "__" + description + ".sql";
    }

    private static Stream<String> versions(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.map(file -> VERSIONED.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches).map(matcher -> matcher.group(1)).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + directory, e);
        }
    }

    private static List<BigInteger> parts(String version) {
        return Stream.of(version.split("[._]")).map(BigInteger::new).toList();
    }

    /** Flyway's order: part by part, a missing part counting as zero. */
    private static int compare(List<BigInteger> left, List<BigInteger> right) {
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            BigInteger a = i < left.size() ? left.get(i) : BigInteger.ZERO;
            BigInteger b = i < right.size() ? right.get(i) : BigInteger.ZERO;
            int order = a.compareTo(b);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
