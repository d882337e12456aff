package dev.schemadiff.reader.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The persistent attributes of one class, found as Hibernate's {@code PropertyContainer} finds them: fields
 * or getters by the access type, members with their own {@code @Access} first, {@code @Transient},
 * {@code static} and {@code transient} members left out, sorted by name (a record keeps its component
 * order).
 */
final class Attributes {
    private Attributes() {
    }

    /** How attributes are read: from fields or from getters. */
    enum Access { FIELD, PROPERTY }

    /**
     * One persistent attribute.
     *
     * @param name          the attribute name
     * @param type          its type, type variables of the declaring class bound by the entity being mapped
     * @param member        the field, getter or record component it is read from
     * @param declaringType the class that declares it
     */
    record Attribute(String name, TypeRef type, Member member, DeclaredType declaringType) {
        Optional<Annotation> annotation(String annotationType) {
            return member.annotation(annotationType);
        }

        boolean has(String annotationType) {
            return member.has(annotationType);
        }

        Location location() {
            return member.location();
        }
    }

    /**
     * The attributes {@code type} declares, with {@code bindings} for its type variables.
     *
     * @param access the access type of the hierarchy, overridden by {@code @Access} on the class
     */
    static List<Attribute> of(DeclaredType type, Access access, Map<String, TypeRef> bindings) {
        Access classAccess = classAccess(type).orElse(access);
        List<Member> fields = persistable(type.fields());
        List<Member> getters = persistable(getters(type));
        List<Member> components = persistable(type.recordComponents());
        Map<String, Member> attributes = !components.isEmpty() && components.size() == fields.size()
                ? new LinkedHashMap<>() : new TreeMap<>();
        for (Member field : fields) {
            if (field.has(Jpa.ACCESS)) {
                attributes.put(field.name(), field);
            }
        }
        for (Member getter : getters) {
            if (getter.has(Jpa.ACCESS)) {
                attributes.put(attributeName(getter.name()), getter);
            }
        }
        for (Member component : components) {
            if (component.has(Jpa.ACCESS)) {
                attributes.put(component.name(), component);
            }
        }
        if (classAccess == Access.FIELD) {
            fields.forEach(field -> attributes.putIfAbsent(field.name(), field));
        } else {
            getters.forEach(getter -> attributes.putIfAbsent(attributeName(getter.name()), getter));
            components.forEach(component -> attributes.putIfAbsent(component.name(), component));
        }
        List<Attribute> result = new ArrayList<>(attributes.size());
        attributes.forEach((name, member) ->
                result.add(new Attribute(name, member.type().substitute(bindings), member, type)));
        return result;
    }

    /** {@code @Access} on the class itself. */
    static Optional<Access> classAccess(DeclaredType type) {
        return type.annotation(Jpa.ACCESS).map(access -> access.enumName("value").equals("PROPERTY")
                ? Access.PROPERTY : Access.FIELD);
    }

    /**
     * Hibernate's default access type for a hierarchy ({@code InheritanceState.determineDefaultAccessType}):
     * where the id is mapped (field or getter), else where the first mapping annotation is, in the class,
     * its root entity, then its mapped superclasses.
     */
    static Access defaultAccess(DeclaredType type, TypeIndex types) {
        for (DeclaredType candidate : hierarchy(type, types)) {
            if ((candidate.has(Jpa.ENTITY) || candidate.has(Jpa.MAPPED_SUPERCLASS)) && !candidate.has(Jpa.ACCESS)) {
                for (Member method : getters(candidate)) {
                    if (isIdMember(method) && inferable(method)) {
                        return Access.PROPERTY;
                    }
                }
                for (Member field : candidate.fields()) {
                    if (isIdMember(field) && inferable(field)) {
                        return Access.FIELD;
                    }
                }
            }
        }
        Optional<Access> own = accessFromMembers(type);
        if (own.isPresent()) {
            return own.get();
        }
        DeclaredType root = null;
        for (DeclaredType candidate : hierarchy(type, types)) {
            if (candidate.has(Jpa.ENTITY)) {
                root = candidate;
            }
        }
        if (root != null) {
            Optional<Access> rootAccess = accessFromMembers(root);
            if (rootAccess.isPresent()) {
                return rootAccess.get();
            }
        }
        for (DeclaredType candidate : hierarchy(type, types)) {
            if (candidate != type && candidate.has(Jpa.MAPPED_SUPERCLASS)) {
                Optional<Access> superAccess = accessFromMembers(candidate);
                if (superAccess.isPresent()) {
                    return superAccess.get();
                }
            }
        }
        return Access.PROPERTY; // AccessType.DEFAULT reads as PROPERTY in PropertyContainer
    }

    /** {@code type} and its superclasses, nearest first. */
    static List<DeclaredType> hierarchy(DeclaredType type, TypeIndex types) {
        List<DeclaredType> chain = new ArrayList<>();
        for (DeclaredType current = type; current != null && chain.size() < 64; ) {
            chain.add(current);
            Optional<TypeRef> superclass = current.superclass();
            current = superclass.filter(ref -> ref.kind() == TypeRef.Kind.CLASS)
                    .flatMap(ref -> types.find(ref.name())).orElse(null);
        }
        return chain;
    }

    /**
     * The type variable bindings of {@code superclass} as {@code subclassBindings}' class extends it:
     * {@code class A extends Base<Long>} binds {@code Base}'s {@code ID} to {@code Long}.
     */
    static Map<String, TypeRef> bindings(DeclaredType superclass, TypeRef extendsClause, Map<String, TypeRef> subclassBindings) {
        Map<String, TypeRef> bindings = new HashMap<>();
        List<String> parameters = superclass.typeParameters();
        for (int i = 0; i < parameters.size() && i < extendsClause.arguments().size(); i++) {
            bindings.put(parameters.get(i), extendsClause.arguments().get(i).substitute(subclassBindings));
        }
        return bindings;
    }

    private static Optional<Access> accessFromMembers(DeclaredType type) {
        for (Member field : type.fields()) {
            if (inferable(field) && hasMappingAnnotation(field)) {
                return Optional.of(Access.FIELD);
            }
        }
        for (Member getter : getters(type)) {
            if (inferable(getter) && hasMappingAnnotation(getter)) {
                return Optional.of(Access.PROPERTY);
            }
        }
        return Optional.empty();
    }

    private static boolean inferable(Member member) {
        return !member.isStatic() && !member.isTransient() && !member.has(Jpa.ACCESS) && !member.has(Jpa.TRANSIENT);
    }

    private static boolean isIdMember(Member member) {
        return member.has(Jpa.ID) || member.has(Jpa.EMBEDDED_ID);
    }

    /** A {@code jakarta.persistence} annotation other than the lifecycle ones, {@code @Transient} and {@code @Access}. */
    private static boolean hasMappingAnnotation(Member member) {
        return member.annotations().stream().anyMatch(annotation -> annotation.type().startsWith("jakarta.persistence.")
                && !Jpa.NOT_MAPPING.contains(annotation.type()));
    }

    private static List<Member> persistable(List<Member> members) {
        List<Member> persistable = new ArrayList<>(members.size());
        for (Member member : members) {
            if (!member.isStatic() && !member.isTransient() && !member.has(Jpa.TRANSIENT)) {
                persistable.add(member);
            }
        }
        return persistable;
    }

    /** Getters as Hibernate's models see them: {@code getX()}, or {@code isX()} returning a boolean. */
    static List<Member> getters(DeclaredType type) {
        List<Member> getters = new ArrayList<>();
        for (Member method : type.methods()) {
            if (!method.isStatic() && (method.name().startsWith("get") || method.name().startsWith("is")
                    && (method.type().is("boolean") || method.type().is("java.lang.Boolean")))) {
                getters.add(method);
            }
        }
        return getters;
    }

    /** {@code MethodDetails.resolveAttributeName}. */
    static String attributeName(String getterName) {
        String rest = getterName.startsWith("is") ? getterName.substring(2) : getterName.substring(3);
        if (rest.isEmpty() || rest.length() > 1 && Character.isUpperCase(rest.charAt(0))
                && Character.isUpperCase(rest.charAt(1))) {
            return rest;
        }
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }
}
