package dev.schemadiff.review.internal;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.schemadiff.review.SourceLocation;
import dev.schemadiff.schema.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a review needs from the sources beyond the schema model: the line of each class and field (for
 * annotations pointing at {@code Entity.java:line}) and the constant order of each enum with the
 * {@code @Enumerated} mode of the fields using it. The model keeps an ordinal enum only as a range
 * ({@code between 0 and 3}), so reordering is invisible there; reading it here keeps both model readers
 * untouched.
 *
 * <p>Matching is by simple name, like {@link Origin}: two classes of the same simple name in different
 * packages resolve to the first found (in path order).
 */
public final class SourceFacts {
    /** Empty facts, for a side without sources. */
    public static final SourceFacts NONE = new SourceFacts(Map.of(), Map.of(), Map.of(), 0);

    /**
     * A field of a class.
     *
     * @param enumerated {@code STRING}, {@code ORDINAL}, or {@code null} without {@code @Enumerated}
     */
    public record Field(String owner, String name, String type, String enumerated, SourceLocation location) {
        /** Whether an enum in this field is stored by ordinal (JPA's default). */
        public boolean storedByOrdinal() {
            return enumerated == null || enumerated.endsWith("ORDINAL");
        }
    }

    private final Map<String, SourceLocation> classes;
    private final Map<String, Field> fields;
    private final Map<String, List<String>> enums;
    private final int entityCount;

    private SourceFacts(Map<String, SourceLocation> classes, Map<String, Field> fields, Map<String, List<String>> enums,
                        int entityCount) {
        this.classes = Map.copyOf(classes);
        this.fields = Map.copyOf(fields);
        this.enums = Map.copyOf(enums);
        this.entityCount = entityCount;
    }

    /**
     * Scans the {@code .java} files under {@code sourceRoots}; a file that does not parse is skipped (the
     * model reader reports it).
     *
     * @param root        paths in locations are relative to it
     * @param sourceRoots absolute source roots under {@code root}
     */
    public static SourceFacts scan(Path root, List<Path> sourceRoots) {
        JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.RAW));
        Map<String, SourceLocation> classes = new HashMap<>();
        Map<String, Field> fields = new HashMap<>();
        Map<String, List<String>> enums = new HashMap<>();
        int entityCount = 0;
        for (Path file : javaFiles(sourceRoots)) {
            ParseResult<CompilationUnit> parsed;
            try {
                parsed = parser.parse(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (parsed.getResult().isEmpty()) {
                continue;
            }
            String display = root.relativize(file).toString().replace('\\', '/');
            for (TypeDeclaration<?> type : parsed.getResult().get().findAll(TypeDeclaration.class)) {
                String owner = type.getNameAsString();
                classes.putIfAbsent(owner, new SourceLocation(display, line(type)));
                if (type.getAnnotationByName("Entity").isPresent()) {
                    entityCount++;
                }
                if (type instanceof EnumDeclaration declaration) {
                    enums.putIfAbsent(owner, declaration.getEntries().stream().map(e -> e.getNameAsString()).toList());
                }
                for (FieldDeclaration field : type.getFields()) {
                    String enumerated = field.getAnnotationByName("Enumerated").map(SourceFacts::annotationValue)
                            .orElse(null);
                    for (VariableDeclarator variable : field.getVariables()) {
                        String typeName = variable.getType() instanceof ClassOrInterfaceType named
                                ? named.getNameAsString() : variable.getTypeAsString();
                        fields.putIfAbsent(owner + "." + variable.getNameAsString(), new Field(owner,
                                variable.getNameAsString(), typeName, enumerated, new SourceLocation(display, line(variable))));
                    }
                }
            }
        }
        return new SourceFacts(classes, fields, enums, entityCount);
    }

    /** How many classes are annotated {@code @Entity}: none means no schema (a base before the first entity). */
    public int entityCount() {
        return entityCount;
    }

    /** The declaration of an entity attribute (its first path segment), else of its class. */
    public Optional<SourceLocation> locate(Origin origin) {
        String attribute = origin.attribute();
        int dot = attribute.indexOf('.');
        Field field = fields.get(origin.entity() + "." + (dot < 0 ? attribute : attribute.substring(0, dot)));
        return field != null ? Optional.of(field.location()) : locateClass(origin.entity());
    }

    /** The declaration of a class, by simple name. */
    public Optional<SourceLocation> locateClass(String simpleName) {
        return Optional.ofNullable(classes.get(simpleName));
    }

    /** The field {@code owner.name}, if the sources declare it. */
    public Optional<Field> field(String owner, String name) {
        return Optional.ofNullable(fields.get(owner + "." + name));
    }

    /** The constants of a source enum in declaration order. */
    public Optional<List<String>> enumConstants(String simpleName) {
        return Optional.ofNullable(enums.get(simpleName));
    }

    /** {@code @Enumerated(EnumType.STRING)} and {@code @Enumerated(value = STRING)} alike give {@code EnumType.STRING}. */
    private static String annotationValue(AnnotationExpr annotation) {
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            return single.getMemberValue().toString();
        }
        if (annotation instanceof NormalAnnotationExpr normal) {
            return normal.getPairs().stream().filter(pair -> pair.getNameAsString().equals("value"))
                    .map(pair -> pair.getValue().toString()).findFirst().orElse("ORDINAL");
        }
        return "ORDINAL";
    }

    private static int line(Node node) {
        return node.getBegin().map(position -> position.line).orElse(0);
    }

    private static List<Path> javaFiles(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(path -> path.toString().endsWith(".java") && Files.isRegularFile(path)).sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
