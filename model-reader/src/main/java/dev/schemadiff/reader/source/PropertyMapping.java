package dev.schemadiff.reader.source;

import java.util.ArrayList;
import java.util.List;

/** A mapped attribute, for what later mappings look up: {@code mappedBy}, natural ids, subclass checks. */
final class PropertyMapping {
    enum Kind { BASIC, COMPONENT, TO_ONE, COLLECTION }

    final String name;
    final Kind kind;
    final List<BoundColumn> columns = new ArrayList<>();
    /** Whether the attribute may be null: not for primitives, {@code @Basic(optional = false)}, NOT NULL columns. */
    boolean optional;
    /** For an association: the target entity. */
    EntityMapping target;
    /** For an association: its {@code mappedBy}, or {@code null}. */
    String mappedBy;
    final Attributes.Attribute attribute;

    PropertyMapping(String name, Kind kind, Attributes.Attribute attribute) {
        this.name = name;
        this.kind = kind;
        this.attribute = attribute;
    }
}
