package dev.schemadiff.schema;

import java.util.Objects;

/**
 * A check constraint.
 *
 * @param expression the boolean expression without the surrounding {@code CHECK ( )}; the catalog side
 *                   holds PostgreSQL's deparsed form, the entity side the text Hibernate would emit
 */
public record CheckConstraint(String name, String expression) {
    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }
}
