package dev.schemadiff.reader.source;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.TypeParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A type declared in a parsed source file. Names in it resolve through its {@link SourceScope}; members
 * are read on first use.
 */
final class SourceType implements DeclaredType {
    private final TypeDeclaration<?> declaration;
    private final SourceType enclosing;
    private final SourceScope scope;
    private final String name;
    private final String binaryName;
    private final SourceFiles.ParsedFile file;
    private Optional<TypeRef> superclass;
    private boolean resolvingSuperclass;
    private List<Annotation> annotations;
    private List<Member> fields;
    private List<Member> methods;
    private List<Member> recordComponents;
    private List<String> memberTypes;

    SourceType(TypeDeclaration<?> declaration, SourceType enclosing, SourceScope scope, String name, String binaryName,
               SourceFiles.ParsedFile file) {
        this.declaration = declaration;
        this.enclosing = enclosing;
        this.scope = scope;
        this.name = name;
        this.binaryName = binaryName;
        this.file = file;
    }

    TypeDeclaration<?> declaration() {
        return declaration;
    }

    /** The type this one is nested in, or {@code null} for a top-level type. */
    SourceType enclosing() {
        return enclosing;
    }

    SourceScope scope() {
        return scope;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String binaryName() {
        return binaryName;
    }

    @Override
    public String simpleName() {
        return declaration.getNameAsString();
    }

    @Override
    public Kind kind() {
        if (declaration instanceof EnumDeclaration) {
            return Kind.ENUM;
        }
        if (declaration instanceof RecordDeclaration) {
            return Kind.RECORD;
        }
        if (declaration instanceof AnnotationDeclaration) {
            return Kind.ANNOTATION;
        }
        return ((ClassOrInterfaceDeclaration) declaration).isInterface() ? Kind.INTERFACE : Kind.CLASS;
    }

    @Override
    public boolean isAbstract() {
        return declaration.hasModifier(Modifier.Keyword.ABSTRACT) || kind() == Kind.INTERFACE;
    }

    @Override
    public List<String> typeParameters() {
        NodeList<TypeParameter> parameters = new NodeList<>();
        if (declaration instanceof ClassOrInterfaceDeclaration type) {
            parameters = type.getTypeParameters();
        } else if (declaration instanceof RecordDeclaration type) {
            parameters = type.getTypeParameters();
        }
        return parameters.stream().map(TypeParameter::getNameAsString).toList();
    }

    @Override
    public Optional<TypeRef> superclass() {
        if (superclass == null) {
            if (resolvingSuperclass) {
                return Optional.empty(); // the extends clause names a type whose lookup reached this one
            }
            resolvingSuperclass = true;
            try {
                superclass = declaration instanceof ClassOrInterfaceDeclaration type && !type.isInterface()
                        && type.getExtendedTypes().isNonEmpty()
                        ? Optional.of(scope.resolve(type.getExtendedTypes().get(0), this)) : Optional.empty();
            } finally {
                resolvingSuperclass = false;
            }
        }
        return superclass;
    }

    @Override
    public List<TypeRef> interfaces() {
        NodeList<ClassOrInterfaceType> implemented = new NodeList<>();
        if (declaration instanceof ClassOrInterfaceDeclaration type) {
            implemented = type.isInterface() ? type.getExtendedTypes() : type.getImplementedTypes();
        } else if (declaration instanceof EnumDeclaration type) {
            implemented = type.getImplementedTypes();
        } else if (declaration instanceof RecordDeclaration type) {
            implemented = type.getImplementedTypes();
        }
        return implemented.stream().map(type -> scope.resolve(type, this)).toList();
    }

    @Override
    public List<Annotation> annotations() {
        if (annotations == null) {
            annotations = annotationsOf(declaration.getAnnotations());
        }
        return annotations;
    }

    @Override
    public List<Member> fields() {
        if (fields == null) {
            List<Member> result = new ArrayList<>();
            // a record's components are its first fields, as the compiler declares them
            for (Member component : recordComponents()) {
                result.add(component);
            }
            for (BodyDeclaration<?> member : declaration.getMembers()) {
                if (member instanceof FieldDeclaration field) {
                    List<Annotation> fieldAnnotations = annotationsOf(field.getAnnotations());
                    for (VariableDeclarator variable : field.getVariables()) {
                        result.add(new Member(variable.getNameAsString(), scope.resolve(variable.getType(), this),
                                field.isStatic() || isInterface(), field.isTransient(), fieldAnnotations,
                                location(variable.getName())));
                    }
                }
            }
            fields = List.copyOf(result);
        }
        return fields;
    }

    @Override
    public List<Member> methods() {
        if (methods == null) {
            List<Member> result = new ArrayList<>();
            for (BodyDeclaration<?> member : declaration.getMembers()) {
                if (member instanceof MethodDeclaration method && method.getParameters().isEmpty()
                        && !method.getType().isVoidType()) {
                    result.add(new Member(method.getNameAsString(), scope.resolve(method.getType(), this, method),
                            method.isStatic(), false, annotationsOf(method.getAnnotations()), location(method.getName())));
                }
            }
            methods = List.copyOf(result);
        }
        return methods;
    }

    @Override
    public List<Member> recordComponents() {
        if (recordComponents == null) {
            recordComponents = declaration instanceof RecordDeclaration record
                    ? record.getParameters().stream().map(parameter -> new Member(parameter.getNameAsString(),
                            scope.resolve(parameter.getType(), this), false, false,
                            annotationsOf(parameter.getAnnotations()), location(parameter.getName()))).toList()
                    : List.of();
        }
        return recordComponents;
    }

    @Override
    public List<String> enumConstants() {
        return declaration instanceof EnumDeclaration type
                ? type.getEntries().stream().map(EnumConstantDeclaration::getNameAsString).toList()
                : List.of();
    }

    @Override
    public List<String> memberTypes() {
        if (memberTypes == null) {
            List<String> names = new ArrayList<>();
            for (BodyDeclaration<?> member : declaration.getMembers()) {
                if (member.isTypeDeclaration()) {
                    names.add(member.asTypeDeclaration().getNameAsString());
                }
            }
            memberTypes = List.copyOf(names);
        }
        return memberTypes;
    }

    /** A method declared here, for reading what a converter computes. */
    Optional<MethodDeclaration> method(String methodName, int parameters) {
        return declaration.getMethods().stream()
                .filter(method -> method.getNameAsString().equals(methodName) && method.getParameters().size() == parameters)
                .findFirst();
    }

    /** The initializer of a field declared here, for constants. */
    Optional<VariableDeclarator> field(String fieldName) {
        for (FieldDeclaration field : declaration.getFields()) {
            for (VariableDeclarator variable : field.getVariables()) {
                if (variable.getNameAsString().equals(fieldName)) {
                    return Optional.of(variable);
                }
            }
        }
        return Optional.empty();
    }

    /** The arguments of an enum constant's declaration, for converters that map constants to codes. */
    Optional<EnumConstantDeclaration> enumConstant(String constant) {
        return declaration instanceof EnumDeclaration type
                ? type.getEntries().stream().filter(entry -> entry.getNameAsString().equals(constant)).findFirst()
                : Optional.empty();
    }

    @Override
    public Location location() {
        return location(declaration.getName());
    }

    Location location(Node node) {
        return new Location(file.file().displayPath(), () -> file.lineOf(node));
    }

    private boolean isInterface() {
        return kind() == Kind.INTERFACE || kind() == Kind.ANNOTATION;
    }

    private List<Annotation> annotationsOf(NodeList<AnnotationExpr> written) {
        List<Annotation> result = new ArrayList<>(written.size());
        for (AnnotationExpr annotation : written) {
            scope.annotation(annotation, this).ifPresent(result::add);
        }
        return result;
    }

    @Override
    public String toString() {
        return name;
    }
}
