package dev.schemadiff.reader.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.Problem;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code .java} files under the source roots. Files that may declare a managed class (their text
 * holds {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} or {@code @Converter}) are parsed up
 * front; every other file only when a type it declares is needed, so thousands of unrelated files cost a
 * directory walk and a text scan each. Reading, scanning and parsing run on every core, one file at a
 * time; what they found is then taken in path order, so messages and the first failure do not depend on
 * the threads.
 */
final class SourceFiles {
    private static final Set<String> MANAGED_ANNOTATIONS = Set.of("Entity", "Embeddable", "MappedSuperclass", "Converter");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.\\s]+?)\\s*;", Pattern.MULTILINE);
    /** A type declaration's keyword and name; also matches in comments, which only costs a parse. */
    private static final Pattern DECLARED_NAME =
            Pattern.compile("\\b(?:class|interface|enum|record)\\s+([\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)");

    /** One source file; {@code displayPath} names it in messages. */
    record SourceFile(Path path, String displayPath, String packageName) {
    }

    /** A parsed file; {@code lines} finds the line of one of its nodes. */
    record ParsedFile(SourceFile file, CompilationUnit unit, ToIntFunction<Node> lines) {
        int lineOf(Node node) {
            return lines.applyAsInt(node);
        }
    }

    private final boolean skipUnparsable;
    private final Consumer<String> warnings;
    private final List<SourceFile> candidates = new ArrayList<>();
    /** The files not parsed up front, by package and by the type names their text seems to declare. */
    private final Map<String, Map<String, List<SourceFile>>> others = new HashMap<>();
    private int otherFiles;
    private final Map<SourceFile, Optional<ParsedFile>> parsed = new ConcurrentHashMap<>();
    private final Map<SourceFile, CompilationUnit> positionedUnits = new HashMap<>();
    private final ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(() -> parser(false));

    /**
     * A parser that only parses: no language level validation (RAW), no comment attribution, no line
     * ending detection, which would each walk the text or tree again.
     *
     * @param positions whether nodes know their lines: storing every token costs a third of the parse, so
     *                  only files a message points into are parsed again with positions
     */
    private static JavaParser parser(boolean positions) {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
                .setAttributeComments(false)
                .setLexicalPreservationEnabled(false)
                .setStoreTokens(positions);
        configuration.getProcessors().clear();
        return new JavaParser(configuration);
    }

    /**
     * The line of {@code node} of the parsed {@code file}: the file parsed again with positions, the node
     * found there by its path of child indexes (the same text parses to the same tree).
     */
    private int lineOf(SourceFile file, Node node) {
        List<Integer> path = new ArrayList<>();
        for (Node current = node; current.getParentNode().isPresent(); current = current.getParentNode().get()) {
            path.add(0, current.getParentNode().get().getChildNodes().indexOf(current));
        }
        CompilationUnit positioned = positionedUnits.computeIfAbsent(file, ignored ->
                parser(true).parse(read(file.path())).getResult().orElse(null));
        if (positioned == null) {
            return 0;
        }
        Node found = positioned;
        for (int index : path) {
            if (index < 0 || index >= found.getChildNodes().size()) {
                return 0;
            }
            found = found.getChildNodes().get(index);
        }
        return found.getBegin().map(position -> position.line).orElse(0);
    }

    private SourceFiles(boolean skipUnparsable, Consumer<String> warnings) {
        this.skipUnparsable = skipUnparsable;
        this.warnings = warnings;
    }

    /**
     * Walks {@code roots} and parses the candidate files.
     *
     * @throws SchemaDiffException with {@code ErrorCode.USAGE} for a root that is not a directory, with
     *                             {@code ErrorCode.MODEL} for a candidate that does not parse (unless skipped)
     */
    static SourceFiles scan(List<Path> roots, boolean skipUnparsable, Consumer<String> warnings) {
        SourceFiles files = new SourceFiles(skipUnparsable, warnings);
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new SchemaDiffException(ErrorCode.USAGE, "source directory " + root
                        + " does not exist or is not a directory; pass the root of the sources, such as src/main/java");
            }
            files.walk(root);
        }
        return files;
    }

    /** The parsed candidate files, in path order; unparsable ones are left out (after their warning). */
    List<ParsedFile> candidates() {
        List<ParsedFile> result = new ArrayList<>();
        for (SourceFile file : candidates) {
            parsed.get(file).ifPresent(result::add);
        }
        return result;
    }

    /** The number of {@code .java} files seen. */
    int fileCount() {
        return candidates.size() + otherFiles;
    }

    /** The files of {@code packageName} not parsed up front that may declare a type named {@code simpleName}. */
    List<ParsedFile> lazyFiles(String packageName, String simpleName) {
        List<ParsedFile> result = new ArrayList<>();
        for (SourceFile file : others.getOrDefault(packageName, Map.of()).getOrDefault(simpleName, List.of())) {
            parsed(file).ifPresent(result::add);
        }
        return result;
    }

    private Optional<ParsedFile> parsed(SourceFile file) {
        Optional<ParsedFile> known = parsed.get(file);
        if (known == null) {
            known = accept(parse(file, read(file.path())));
            parsed.put(file, known);
        }
        return known;
    }

    private void walk(Path root) {
        List<Path> javaFiles;
        try (Stream<Path> walk = Files.walk(root)) {
            javaFiles = walk.filter(path -> path.getFileName().toString().endsWith(".java") && Files.isRegularFile(path))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new SchemaDiffException(ErrorCode.USAGE, "cannot read source directory " + root + ": " + e.getMessage()
                    + "; check its permissions", e);
        }
        // a parallel stream keeps the encounter order in toList()
        for (Scanned scanned : javaFiles.parallelStream().map(this::scanFile).toList()) {
            SourceFile file = scanned.file();
            if (scanned.parse() != null) {
                candidates.add(file);
                parsed.put(file, accept(scanned.parse()));
            } else if (scanned.declaredNames() != null) {
                otherFiles++;
                Map<String, List<SourceFile>> byName = others.computeIfAbsent(file.packageName(), ignored -> new HashMap<>());
                for (String name : scanned.declaredNames()) {
                    byName.computeIfAbsent(name, ignored -> new ArrayList<>(1)).add(file);
                }
            }
        }
    }

    /**
     * One file read and looked at: parsed when it may declare a managed class, else the type names its
     * text seems to declare; neither for {@code package-info.java} and {@code module-info.java}.
     */
    private record Scanned(SourceFile file, Outcome parse, Set<String> declaredNames) {
    }

    private Scanned scanFile(Path path) {
        String text = read(path);
        String fileName = path.getFileName().toString();
        SourceFile file = new SourceFile(path, path.toString(), packageOf(text));
        if (fileName.equals("package-info.java") || fileName.equals("module-info.java")) {
            return new Scanned(file, null, null); // declares no type; its annotations hold nothing the create script needs
        }
        if (mayDeclareManagedClass(text)) {
            return new Scanned(file, parse(file, text), null);
        }
        Set<String> declared = new LinkedHashSet<>();
        Matcher matcher = DECLARED_NAME.matcher(text);
        while (matcher.find()) {
            declared.add(matcher.group(1));
        }
        return new Scanned(file, null, declared);
    }

    /** A parse: the file, or the problem that stopped it. */
    private record Outcome(ParsedFile file, String problem) {
    }

    private Outcome parse(SourceFile file, String text) {
        ParseResult<CompilationUnit> result = parsers.get().parse(text);
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return new Outcome(new ParsedFile(file, result.getResult().get(), node -> lineOf(file, node)), null);
        }
        // again with positions, for the line and column of the problem
        return new Outcome(null, describe(file, parser(true).parse(text).getProblems()));
    }

    private Optional<ParsedFile> accept(Outcome outcome) {
        if (outcome.problem() == null) {
            return Optional.of(outcome.file());
        }
        if (!skipUnparsable) {
            throw new SchemaDiffException(ErrorCode.MODEL, outcome.problem() + "; fix the file, or pass"
                    + " --skip-unparsable to read the other files without it");
        }
        warnings.accept(outcome.problem() + "; skipped (--skip-unparsable): the schema lacks whatever it declares");
        return Optional.empty();
    }

    private static String describe(SourceFile file, List<Problem> problems) {
        if (problems.isEmpty()) {
            return file.displayPath() + ": cannot be parsed";
        }
        Problem first = problems.get(0);
        String where = first.getLocation().map(TokenRange::getBegin).flatMap(token -> token.getRange())
                .map(range -> range.begin).map(SourceFiles::lineAndColumn).orElse("");
        String message = first.getMessage().lines().findFirst().orElse("").strip();
        return file.displayPath() + where + ": " + message;
    }

    private static String lineAndColumn(Position position) {
        return ":" + position.line + ":" + position.column;
    }

    private static String read(Path path) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            if (isAscii(bytes)) {
                return new String(bytes, StandardCharsets.ISO_8859_1); // a copy, where the decoder walks it twice
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return new String(bytes, StandardCharsets.ISO_8859_1); // a legacy encoding: names stay ASCII
            }
        } catch (IOException e) {
            throw new SchemaDiffException(ErrorCode.USAGE, "cannot read " + path + ": " + e.getMessage()
                    + "; check the file's permissions", e);
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String packageOf(String text) {
        Matcher matcher = PACKAGE.matcher(text);
        return matcher.find() ? matcher.group(1).replaceAll("\\s", "") : "";
    }

    /**
     * Whether {@code text} holds an annotation whose simple name is one of the managed annotations: an
     * {@code @}, optional spaces, a possibly qualified name. Comments are not excluded; a file that only
     * mentions one in a comment is parsed for nothing.
     */
    static boolean mayDeclareManagedClass(String text) {
        int at = text.indexOf('@');
        while (at >= 0) {
            int i = at + 1;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            int lastSegment = i;
            while (i < text.length() && (Character.isJavaIdentifierPart(text.charAt(i)) || text.charAt(i) == '.')) {
                if (text.charAt(i) == '.') {
                    lastSegment = i + 1;
                }
                i++;
            }
            if (i > start && MANAGED_ANNOTATIONS.contains(text.substring(lastSegment, i))) {
                return true;
            }
            at = text.indexOf('@', Math.max(i, at + 1));
        }
        return false;
    }
}
