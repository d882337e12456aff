package dev.schemadiff.reader.source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A type as a declaration uses it: a class or interface with its type arguments, a primitive, a type
 * variable, a wildcard, or a name that could not be resolved; any of them possibly an array.
 *
 * @param kind       what the name denotes
 * @param name       the canonical class name ({@code java.util.List}, {@code com.acme.Order.Status}), the
 *                   primitive ({@code int}), the type variable ({@code T}), or for an unresolved type the
 *                   name as written
 * @param arguments  the type arguments; a wildcard's bound is its single argument
 * @param dimensions the array dimensions, 0 for none
 */
record TypeRef(Kind kind, String name, List<TypeRef> arguments, int dimensions) {
    enum Kind { PRIMITIVE, CLASS, VARIABLE, WILDCARD, UNRESOLVED }

    private static final Set<String> PRIMITIVES =
            Set.of("boolean", "byte", "short", "int", "long", "float", "double", "char", "void");

    static final TypeRef OBJECT = type("java.lang.Object");

    TypeRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
    }

    static TypeRef type(String name, TypeRef... arguments) {
        return new TypeRef(PRIMITIVES.contains(name) ? Kind.PRIMITIVE : Kind.CLASS, name, List.of(arguments), 0);
    }

    static TypeRef variable(String name) {
        return new TypeRef(Kind.VARIABLE, name, List.of(), 0);
    }

    static TypeRef unresolved(String written) {
        return new TypeRef(Kind.UNRESOLVED, written, List.of(), 0);
    }

    TypeRef withDimensions(int newDimensions) {
        return new TypeRef(kind, name, arguments, newDimensions);
    }

    boolean isArray() {
        return dimensions > 0;
    }

    boolean isPrimitive() {
        return kind == Kind.PRIMITIVE && dimensions == 0;
    }

    /** The element type of an array. */
    TypeRef component() {
        return withDimensions(dimensions - 1);
    }

    /** Whether this is the class {@code className} (not an array of it). */
    boolean is(String className) {
        return dimensions == 0 && name.equals(className) && (kind == Kind.CLASS || kind == Kind.PRIMITIVE);
    }

    /** The type argument at {@code index}, or {@code Object} when the type is raw. */
    TypeRef argument(int index) {
        if (index >= arguments.size()) {
            return OBJECT;
        }
        TypeRef argument = arguments.get(index);
        // Collection<? extends Foo> is a collection of Foo to Hibernate
        return argument.kind == Kind.WILDCARD
                ? (argument.arguments.isEmpty() ? OBJECT : argument.arguments.get(0))
                : argument;
    }

    /** This type with its type variables replaced by their {@code bindings}, where bound. */
    TypeRef substitute(Map<String, TypeRef> bindings) {
        if (bindings.isEmpty()) {
            return this;
        }
        if (kind == Kind.VARIABLE && bindings.containsKey(name)) {
            TypeRef bound = bindings.get(name);
            return bound.withDimensions(bound.dimensions + dimensions);
        }
        if (arguments.isEmpty()) {
            return this;
        }
        return new TypeRef(kind, name, arguments.stream().map(argument -> argument.substitute(bindings)).toList(),
                dimensions);
    }

    /** The type as Java would print it, for messages. */
    @Override
    public String toString() {
        String base = arguments.isEmpty() ? name : name + arguments.stream().map(TypeRef::toString)
                .collect(Collectors.joining(", ", "<", ">"));
        return (kind == Kind.WILDCARD ? "?" + (arguments.isEmpty() ? "" : " extends " + arguments.get(0)) : base)
                + "[]".repeat(dimensions);
    }
}
