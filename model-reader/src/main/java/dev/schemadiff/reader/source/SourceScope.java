package dev.schemadiff.reader.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.ast.type.WildcardType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The names visible in one compilation unit: its package, its imports, and through {@link TypeIndex}
 * the types of the other sources, the {@code --classpath} jars and the JDK. Resolves type names as
 * javac would for the cases entities use (type variables, member types, single-type and on-demand
 * imports, the same package, {@code java.lang}) and evaluates annotation attributes, which are constants.
 */
final class SourceScope {
    private final String packageName;
    private final Map<String, String> singleImports = new HashMap<>();
    private final List<String> onDemandImports = new ArrayList<>();
    private final Map<String, String> staticImports = new HashMap<>();
    private final List<String> staticOnDemandImports = new ArrayList<>();
    private final TypeIndex types;
    private final Constants constants;
    private final Consumer<String> warnings;
    private final Map<SourceType, Map<String, Optional<String>>> resolved = new HashMap<>();

    SourceScope(CompilationUnit unit, TypeIndex types, Consumer<String> warnings) {
        this.packageName = unit.getPackageDeclaration().map(declaration -> declaration.getNameAsString()).orElse("");
        this.types = types;
        this.warnings = warnings;
        this.constants = new Constants(this, types);
        for (ImportDeclaration declaration : unit.getImports()) {
            String name = declaration.getNameAsString();
            if (declaration.isStatic()) {
                if (declaration.isAsterisk()) {
                    staticOnDemandImports.add(name);
                } else {
                    int dot = name.lastIndexOf('.');
                    staticImports.put(name.substring(dot + 1), name.substring(0, dot));
                }
            } else if (declaration.isAsterisk()) {
                onDemandImports.add(name);
            } else {
                singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
    }

    String packageName() {
        return packageName;
    }

    /** The type a declaration in {@code context} writes as {@code type}. */
    TypeRef resolve(Type type, SourceType context) {
        return resolve(type, context, Set.of());
    }

    /** Like {@link #resolve(Type, SourceType)} inside {@code method}, whose own type variables are in scope. */
    TypeRef resolve(Type type, SourceType context, MethodDeclaration method) {
        return resolve(type, context, Set.copyOf(method.getTypeParameters().stream()
                .map(TypeParameter::getNameAsString).toList()));
    }

    private TypeRef resolve(Type type, SourceType context, Set<String> methodVariables) {
        if (type instanceof ArrayType array) {
            TypeRef component = resolve(array.getComponentType(), context, methodVariables);
            return component.withDimensions(component.dimensions() + 1);
        }
        if (type instanceof PrimitiveType primitive) {
            return TypeRef.type(primitive.asString());
        }
        if (type.isVoidType()) {
            return TypeRef.type("void");
        }
        if (type instanceof WildcardType wildcard) {
            List<TypeRef> bound = wildcard.getExtendedType()
                    .map(extended -> List.of(resolve(extended, context, methodVariables))).orElse(List.of());
            return new TypeRef(TypeRef.Kind.WILDCARD, "?", bound, 0);
        }
        if (type instanceof ClassOrInterfaceType classType) {
            List<TypeRef> arguments = classType.getTypeArguments()
                    .map(list -> list.stream().map(argument -> resolve(argument, context, methodVariables)).toList())
                    .orElse(List.of());
            String written = classType.getNameWithScope();
            if (classType.getScope().isEmpty()
                    && (methodVariables.contains(written) || isTypeVariable(written, context))) {
                return TypeRef.variable(written);
            }
            return typeName(written, context)
                    .map(name -> new TypeRef(TypeRef.Kind.CLASS, name, arguments, 0))
                    .orElseGet(() -> TypeRef.unresolved(written));
        }
        return TypeRef.unresolved(type.asString());
    }

    private static boolean isTypeVariable(String name, SourceType context) {
        for (SourceType type = context; type != null; type = type.enclosing()) {
            if (type.typeParameters().contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The canonical name of the class a (possibly qualified) name denotes in {@code context}. */
    Optional<String> typeName(String written, SourceType context) {
        // every annotation and attribute type of a file is looked up: remember the answers
        Map<String, Optional<String>> known = resolved.computeIfAbsent(context, ignored -> new HashMap<>());
        Optional<String> name = known.get(written);
        if (name == null) {
            name = resolveTypeName(written, context);
            known.put(written, name);
        }
        return name;
    }

    private Optional<String> resolveTypeName(String written, SourceType context) {
        int dot = written.indexOf('.');
        String first = dot < 0 ? written : written.substring(0, dot);
        Optional<String> firstType = simpleTypeName(first, context);
        if (dot < 0) {
            return firstType;
        }
        if (firstType.isPresent()) {
            String nested = firstType.get() + written.substring(dot);
            if (types.exists(nested)) {
                return Optional.of(nested);
            }
        }
        return types.exists(written) ? Optional.of(written) : Optional.empty();
    }

    private Optional<String> simpleTypeName(String name, SourceType context) {
        for (SourceType type = context; type != null; type = type.enclosing()) {
            Optional<String> member = memberType(type, name, 0);
            if (member.isPresent()) {
                return member;
            }
        }
        String imported = singleImports.get(name);
        if (imported != null) {
            return Optional.of(imported);
        }
        String samePackage = packageName.isEmpty() ? name : packageName + "." + name;
        if (types.exists(samePackage)) {
            return Optional.of(samePackage);
        }
        for (String onDemand : onDemandImports) {
            if (types.exists(onDemand + "." + name)) {
                return Optional.of(onDemand + "." + name);
            }
        }
        return types.exists("java.lang." + name) ? Optional.of("java.lang." + name) : Optional.empty();
    }

    /** A member type of {@code type} or of its superclasses (member types are inherited). */
    private Optional<String> memberType(DeclaredType type, String name, int depth) {
        if (type.memberTypes().contains(name)) {
            return Optional.of(type.name() + "." + name);
        }
        if (depth < 8) {
            Optional<TypeRef> superclass = type.superclass();
            if (superclass.isPresent() && superclass.get().kind() == TypeRef.Kind.CLASS) {
                Optional<DeclaredType> declared = types.find(superclass.get().name());
                if (declared.isPresent()) {
                    return memberType(declared.get(), name, depth + 1);
                }
            }
        }
        return Optional.empty();
    }

    /** The type that declares a statically imported member {@code name}, if any import names it. */
    List<String> staticImportCandidates(String name) {
        List<String> candidates = new ArrayList<>();
        String single = staticImports.get(name);
        if (single != null) {
            candidates.add(single);
        }
        candidates.addAll(staticOnDemandImports);
        return candidates;
    }

    /**
     * The annotation as written, attributes evaluated; empty when its type is unknown here (such as
     * Lombok's, which the reader has no use for).
     */
    Optional<Annotation> annotation(AnnotationExpr expression, SourceType context) {
        Optional<String> type = typeName(expression.getNameAsString(), context);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (expression instanceof SingleMemberAnnotationExpr single) {
            putIfKnown(values, "value", single.getMemberValue(), context);
        } else if (expression instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                putIfKnown(values, pair.getNameAsString(), pair.getValue(), context);
            }
        }
        return Optional.of(new Annotation(type.get(), values, context.location(expression)));
    }

    private void putIfKnown(Map<String, Object> values, String attribute, Expression expression, SourceType context) {
        Object value = constants.evaluate(expression, context);
        if (value != null) {
            values.put(attribute, value);
        } else {
            warnings.accept(context.location(expression) + ": cannot evaluate " + expression + " (" + attribute
                    + ") from the sources; the attribute's default applies (a constant of a --classpath class is"
                    + " not read, as reading it would run the class's code)");
        }
    }

    /** Evaluates a constant expression written in {@code context}; {@code null} when it is not one. */
    Object evaluate(Expression expression, SourceType context) {
        return constants.evaluate(expression, context);
    }
}
