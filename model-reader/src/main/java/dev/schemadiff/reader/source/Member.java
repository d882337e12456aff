package dev.schemadiff.reader.source;

import java.util.List;
import java.util.Optional;

/**
 * A field, a method without parameters, or a record component.
 *
 * @param name        the field, method or component name
 * @param type        the field's type, the method's return type, or the component's type
 * @param isStatic    whether declared {@code static}
 * @param isTransient whether declared {@code transient}
 */
record Member(String name, TypeRef type, boolean isStatic, boolean isTransient, List<Annotation> annotations,
              Location location) {
    Member {
        annotations = List.copyOf(annotations);
    }

    Optional<Annotation> annotation(String annotationType) {
        for (Annotation annotation : annotations) {
            if (annotation.type().equals(annotationType)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    boolean has(String annotationType) {
        for (Annotation annotation : annotations) {
            if (annotation.type().equals(annotationType)) {
                return true;
            }
        }
        return false;
    }
}
