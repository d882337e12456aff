package dev.schemadiff.reader.source;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every type the reader can see, by canonical name: the types of the parsed sources (other source files
 * are parsed when one of their types is first looked up), then the types of the {@code --classpath} jars
 * and the JDK, read by reflection.
 */
final class TypeIndex {
    private final SourceFiles files;
    private final ReflectedTypes reflected;
    private final Map<String, SourceType> sourceTypes = new LinkedHashMap<>();
    private final Map<String, Optional<DeclaredType>> lookups = new HashMap<>();
    private final List<SourceType> candidateTypes;
    private final Consumer<String> warnings;

    /**
     * @param warnings receives a line for each annotation attribute whose value cannot be evaluated
     */
    TypeIndex(SourceFiles files, ReflectedTypes reflected, Consumer<String> warnings) {
        this.files = files;
        this.reflected = reflected;
        this.warnings = warnings;
        files.candidates().forEach(this::register);
        candidateTypes = List.copyOf(sourceTypes.values());
    }

    /** The types declared in the files parsed up front, nested ones included, in file order. */
    List<SourceType> candidateTypes() {
        return candidateTypes;
    }

    /** The type named {@code canonicalName}, from the sources first. */
    Optional<DeclaredType> find(String canonicalName) {
        SourceType source = sourceTypes.get(canonicalName);
        if (source != null) {
            return Optional.of(source);
        }
        Optional<DeclaredType> known = lookups.get(canonicalName);
        if (known == null) {
            known = findLazily(canonicalName);
            lookups.put(canonicalName, known);
        }
        return known;
    }

    boolean exists(String canonicalName) {
        return find(canonicalName).isPresent();
    }

    private Optional<DeclaredType> findLazily(String canonicalName) {
        // a.b.C.D may be type D nested in a.b.C or type D of package a.b.C: try each split
        for (int dot = canonicalName.lastIndexOf('.'); dot >= 0; dot = canonicalName.lastIndexOf('.', dot - 1)) {
            String packageName = canonicalName.substring(0, dot);
            String topLevel = canonicalName.substring(dot + 1).split("\\.")[0];
            List<SourceFiles.ParsedFile> declaring = files.lazyFiles(packageName, topLevel);
            if (!declaring.isEmpty()) {
                declaring.forEach(this::register);
                SourceType source = sourceTypes.get(canonicalName);
                if (source != null) {
                    return Optional.of(source);
                }
            }
        }
        if (!canonicalName.contains(".")) {
            files.lazyFiles("", canonicalName).forEach(this::register);
            SourceType source = sourceTypes.get(canonicalName);
            if (source != null) {
                return Optional.of(source);
            }
        }
        return reflected.find(canonicalName);
    }

    private void register(SourceFiles.ParsedFile file) {
        SourceScope scope = new SourceScope(file.unit(), this, warnings);
        String packageName = scope.packageName();
        for (TypeDeclaration<?> declaration : file.unit().getTypes()) {
            String name = packageName.isEmpty() ? declaration.getNameAsString()
                    : packageName + "." + declaration.getNameAsString();
            register(declaration, null, scope, name, name, file);
        }
    }

    private void register(TypeDeclaration<?> declaration, SourceType enclosing, SourceScope scope, String name,
                          String binaryName, SourceFiles.ParsedFile file) {
        SourceType type = new SourceType(declaration, enclosing, scope, name, binaryName, file);
        sourceTypes.putIfAbsent(name, type);
        List<TypeDeclaration<?>> nested = new ArrayList<>();
        for (BodyDeclaration<?> member : declaration.getMembers()) {
            if (member.isTypeDeclaration()) {
                nested.add(member.asTypeDeclaration());
            }
        }
        for (TypeDeclaration<?> member : nested) {
            register(member, type, scope, name + "." + member.getNameAsString(),
                    binaryName + "$" + member.getNameAsString(), file);
        }
    }
}
