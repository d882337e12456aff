package dev.schemadiff.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * libpq's password file: lines of {@code hostname:port:database:username:password}, where a field of
 * {@code *} matches anything, {@code \:} and {@code \\} escape, {@code #} starts a comment line and the
 * first matching line wins. Like libpq, a file that others may read is ignored with a warning.
 */
record PgPassFile(Path path) {
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    /** {@code PGPASSFILE}, else {@code .pgpass} in {@code HOME} (the JVM's home directory if unset). */
    static PgPassFile locate(Map<String, String> env) {
        String explicit = env.get("PGPASSFILE");
        if (explicit != null && !explicit.isBlank()) {
            return new PgPassFile(Path.of(explicit));
        }
        String home = env.get("HOME");
        return new PgPassFile(Path.of(home == null || home.isBlank() ? System.getProperty("user.home") : home,
                ".pgpass"));
    }

    /** The password of the first line matching the connection, if the file exists and has one. */
    Optional<String> passwordFor(String host, int port, String database, String user, Consumer<String> warnings) {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(path)) {
            warnings.accept("password file " + path + " is not a plain file; ignoring it");
            return Optional.empty();
        }
        List<String> lines;
        try {
            if (othersMayAccess()) {
                warnings.accept("password file " + path + " has group or world access; ignoring it"
                        + " (permissions should be u=rw, 0600, or less)");
                return Optional.empty();
            }
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            warnings.accept("could not read password file " + path + ": " + e.getMessage() + "; ignoring it");
            return Optional.empty();
        }
        List<String> wanted = List.of(host, Integer.toString(port), database, user);
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            List<Field> fields = split(line);
            if (fields.size() >= 5 && matches(fields, wanted)) {
                String password = fields.get(4).text();
                return password.isEmpty() ? Optional.empty() : Optional.of(password);
            }
        }
        return Optional.empty();
    }

    private boolean othersMayAccess() throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        return posix != null && posix.readAttributes().permissions().stream().anyMatch(GROUP_OR_OTHERS::contains);
    }

    private static boolean matches(List<Field> fields, List<String> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            Field field = fields.get(i);
            if (!field.wildcard() && !field.text().equals(wanted.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Splits at unescaped colons and removes the escapes; an unescaped lone {@code *} is a wildcard. */
    private static List<Field> split(String line) {
        List<Field> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean escaped = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
                escaped = true;
            } else if (c == ':') {
                fields.add(new Field(current.toString(), !escaped && current.toString().equals("*")));
                current.setLength(0);
                escaped = false;
            } else {
                current.append(c);
            }
        }
        fields.add(new Field(current.toString(), !escaped && current.toString().equals("*")));
        return fields;
    }

    private record Field(String text, boolean wildcard) {
    }
}
