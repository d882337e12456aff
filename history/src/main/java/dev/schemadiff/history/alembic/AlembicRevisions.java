package dev.schemadiff.history.alembic;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The revision graph of an Alembic {@code versions} directory, read from the {@code revision} and
 * {@code down_revision} assignments of its files; no Python runs. Both template styles are read:
 * {@code revision = 'ae1027a6acf'} and {@code revision: str = "ae1027a6acf"}, with {@code down_revision}
 * {@code None}, one id, or a tuple or list of ids (a merge).
 */
public final class AlembicRevisions {
    private static final Pattern REVISION =
            Pattern.compile("^revision\\s*(?::[^=\\n]*)?=\\s*(['\"])([^'\"]+)\\1", Pattern.MULTILINE);
    private static final Pattern DOWN_REVISION =
            Pattern.compile("^down_revision\\s*(?::[^=\\n]*)?=\\s*", Pattern.MULTILINE);
    private static final Pattern QUOTED = Pattern.compile("(['\"])([^'\"]+)\\1");

    /** Revision id to the ids it revises, in file order. */
    private final Map<String, List<String>> downRevisions;

    private AlembicRevisions(Map<String, List<String>> downRevisions) {
        this.downRevisions = downRevisions;
    }

    /** @throws SchemaDiffException ({@code USAGE}) when the directory cannot be read or holds no revision */
    public static AlembicRevisions read(Path directory) {
        Map<String, List<String>> graph = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".py")).sorted().toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher revision = REVISION.matcher(source);
                if (revision.find()) {
                    graph.put(revision.group(2), downRevisions(source));
                }
            }
        } catch (IOException e) {
            throw new SchemaDiffException(ErrorCode.USAGE, "cannot read the Alembic versions in " + directory + " ("
                    + e + "); check the path", e);
        }
        if (graph.isEmpty()) {
            throw new SchemaDiffException(ErrorCode.USAGE, directory + " holds no Alembic revision file (no"
                    + " \"revision = '...'\" line); give the versions directory, e.g. alembic:migrations/versions");
        }
        return new AlembicRevisions(graph);
    }

    /** The ids after {@code down_revision =}: a string, {@code None}, or a bracketed list over several lines. */
    private static List<String> downRevisions(String source) {
        Matcher assignment = DOWN_REVISION.matcher(source);
        if (!assignment.find()) {
            return List.of();
        }
        int start = assignment.end();
        char first = start < source.length() ? source.charAt(start) : '\n';
        int end;
        if (first == '(' || first == '[') {
            end = source.indexOf(first == '(' ? ')' : ']', start);
            end = end < 0 ? source.length() : end;
        } else {
            end = source.indexOf('\n', start);
            end = end < 0 ? source.length() : end;
        }
        List<String> ids = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(source.substring(start, end));
        while (quoted.find()) {
            ids.add(quoted.group(2));
        }
        return ids;
    }

    public boolean contains(String revision) {
        return downRevisions.containsKey(revision);
    }

    /** Revisions no other revision revises, in file order: more than one means branches to merge. */
    public List<String> heads() {
        Set<String> revised = new LinkedHashSet<>();
        downRevisions.values().forEach(revised::addAll);
        return downRevisions.keySet().stream().filter(revision -> !revised.contains(revision)).toList();
    }

    /** {@code revisions} and every revision below them. */
    public Set<String> upTo(Collection<String> revisions) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(revisions);
        while (!toVisit.isEmpty()) {
            String revision = toVisit.pop();
            if (reached.add(revision)) {
                toVisit.addAll(downRevisions.getOrDefault(revision, List.of()));
            }
        }
        return reached;
    }

    /** Every revision, each after the ones it revises. */
    public List<String> ordered() {
        List<String> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (String revision : downRevisions.keySet()) {
            place(revision, placed, order, new LinkedHashSet<>());
        }
        return order;
    }

    private void place(String revision, Set<String> placed, List<String> order, Set<String> visiting) {
        if (placed.contains(revision) || !downRevisions.containsKey(revision)) {
            return;
        }
        if (!visiting.add(revision)) {
            throw new SchemaDiffException(ErrorCode.USAGE, "the Alembic revisions form a cycle at " + revision
                    + "; fix the down_revision lines");
        }
        for (String down : downRevisions.get(revision)) {
            place(down, placed, order, visiting);
        }
        placed.add(revision);
        order.add(revision);
    }
}
