package dev.schemadiff.reader.source;

import java.util.List;
import java.util.Optional;

/**
 * A class, interface, enum or record the entities use: declared in a source file ({@link SourceType}), or
 * read by reflection from a {@code --classpath} jar or the JDK ({@link ReflectedType}).
 */
sealed interface DeclaredType permits SourceType, ReflectedType {
    enum Kind { CLASS, INTERFACE, ENUM, RECORD, ANNOTATION }

    /** The canonical name: {@code com.acme.Order.Status}. */
    String name();

    /** The binary name: {@code com.acme.Order$Status}, the name Hibernate gives the class. */
    String binaryName();

    String simpleName();

    Kind kind();

    boolean isAbstract();

    List<String> typeParameters();

    /** The superclass with its type arguments; empty for {@code Object}, interfaces, enums and records. */
    Optional<TypeRef> superclass();

    List<TypeRef> interfaces();

    List<Annotation> annotations();

    /** The declared fields, in declaration order. */
    List<Member> fields();

    /** The declared methods without parameters that return a value, in declaration order. */
    List<Member> methods();

    List<Member> recordComponents();

    /** The names of an enum's constants, in declaration order. */
    List<String> enumConstants();

    /** The simple names of the member types declared inside. */
    List<String> memberTypes();

    Location location();

    default Optional<Annotation> annotation(String type) {
        for (Annotation annotation : annotations()) {
            if (annotation.type().equals(type)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    default boolean has(String annotationType) {
        return annotation(annotationType).isPresent();
    }
}
