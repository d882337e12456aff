package dev.schemadiff.schema;

import java.util.Objects;

/**
 * Where an expected column comes from in the entity code.
 *
 * @param entity    the entity (or embeddable/collection owner) class simple name, e.g. {@code Candidate}
 * @param attribute the attribute path, e.g. {@code expectedWage} or {@code address.city}
 * @param primitive whether the Java type is a primitive, whose zero value can stand in for existing rows
 */
public record Origin(String entity, String attribute, boolean primitive) {
    public Origin {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(attribute, "attribute");
    }

    /** {@code Entity.attribute}. */
    @Override
    public String toString() {
        return entity + "." + attribute;
    }
}
