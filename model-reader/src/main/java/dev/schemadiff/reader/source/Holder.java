package dev.schemadiff.reader.source;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where an attribute's columns go and how they are constrained, like Hibernate's {@code PropertyHolder}:
 * an entity's table, a component inside it, or the element of a collection table.
 *
 * @param entity      the entity the attribute belongs to (an embeddable's owner, a collection's owner)
 * @param table       the table the columns go to, unless {@code @Column(table)} names a secondary table
 * @param path        the attribute path of the holder within the entity, {@code ""} for the entity itself
 * @param kind        what holds the attribute
 * @param forcedNull  whether the columns must accept null (the subclasses of a SINGLE_TABLE hierarchy)
 * @param overrides   {@code @AttributeOverride} columns and {@code @AssociationOverride}s, by full path
 */
record Holder(EntityMapping entity, BoundTable table, String path, Kind kind, boolean forcedNull,
              Map<String, Annotation> overrides) {
    enum Kind { ENTITY, COMPONENT, ELEMENT }

    Holder {
        overrides = Map.copyOf(overrides);
    }

    /** The full path of {@code attribute} held here. */
    String pathOf(String attribute) {
        return path.isEmpty() ? attribute : path + "." + attribute;
    }

    /** The holder of the attributes of a component at {@code attribute}, with overrides added (outer ones win). */
    Holder component(String attribute, Map<String, Annotation> added) {
        Map<String, Annotation> merged = new HashMap<>(added);
        merged.putAll(overrides);
        return new Holder(entity, table, pathOf(attribute), Kind.COMPONENT, forcedNull, merged);
    }

    Optional<Annotation> override(String fullPath) {
        return Optional.ofNullable(overrides.get(fullPath));
    }
}
