package dev.schemadiff.reader.ddl;

import java.util.Objects;

/**
 * A check as written.
 *
 * @param name       the explicit name as PostgreSQL stores it, or {@code null} when unnamed
 * @param expression the condition without {@code check ( )}
 */
public record DdlCheck(String name, String expression) {
    public DdlCheck {
        Objects.requireNonNull(expression, "expression");
    }
}
