package dev.schemadiff.reader.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One entity as the binder maps it, like Hibernate's {@code PersistentClass}. */
final class EntityMapping {
    /** How a hierarchy is mapped to tables. */
    enum Inheritance { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

    final DeclaredType type;
    /** {@code @Entity(name)}, else the unqualified binary class name. */
    final String jpaName;
    final EntityMapping superEntity;
    final List<EntityMapping> subclasses = new ArrayList<>();
    final Inheritance inheritance;
    final Attributes.Access access;
    BoundTable table;
    /** Secondary tables by the canonical form of their logical name. */
    final Map<String, BoundTable> secondaryTables = new LinkedHashMap<>();
    /** The identifier's parts in key order: attribute names, {@code ""} for a simple id. */
    final List<String> idParts = new ArrayList<>();
    /** The columns of each identifier part; a {@code @MapsId} association supplies its part's. */
    final Map<String, List<BoundColumn>> idPartColumns = new HashMap<>();
    /** Whether each identifier part's Java type is primitive, for provenance. */
    final Map<String, Boolean> idPartPrimitive = new HashMap<>();
    /** For a JOINED subclass: its own table's key columns, joined to its parent's. */
    List<BoundColumn> joinedKey;
    /** The identifier attribute ({@code id}), or {@code null} for an {@code @IdClass} or several {@code @Id}s. */
    String identifierAttribute;
    BoundColumn discriminator;
    /** {@code STRING}, {@code CHAR} or {@code INTEGER}. */
    String discriminatorType;
    /** The {@code @DiscriminatorValue}, or {@code null} for the default. */
    String discriminatorValue;
    final Map<String, PropertyMapping> properties = new LinkedHashMap<>();

    EntityMapping(DeclaredType type, String jpaName, EntityMapping superEntity, Inheritance inheritance,
                  Attributes.Access access) {
        this.type = type;
        this.jpaName = jpaName;
        this.superEntity = superEntity;
        this.inheritance = inheritance;
        this.access = access;
    }

    /** The root's identifier columns in the root's table, in key order. */
    List<BoundColumn> identifierColumns() {
        EntityMapping root = root();
        List<BoundColumn> columns = new ArrayList<>();
        for (String part : root.idParts) {
            columns.addAll(root.idPartColumns.getOrDefault(part, List.of()));
        }
        return columns;
    }

    /** Records the columns a {@code @MapsId} association maps for identifier part {@code part}. */
    void mapsIdColumns(String part, List<BoundColumn> columns) {
        idPartColumns.put(part, List.copyOf(columns));
    }

    /** The primary key columns of this entity's table, which associations to it reference. */
    List<BoundColumn> keyColumns() {
        return joinedKey != null ? joinedKey : identifierColumns();
    }

    EntityMapping root() {
        return superEntity == null ? this : superEntity.root();
    }

    /** Hibernate's entity name: the binary class name. */
    String entityName() {
        return type.binaryName();
    }

    /** The simple class name, as provenance names entities. */
    String simpleName() {
        return type.simpleName();
    }

    boolean isAbstract() {
        return type.isAbstract();
    }

    /** A property of this entity or its superclasses, by name. */
    Optional<PropertyMapping> property(String name) {
        PropertyMapping own = properties.get(name);
        if (own != null) {
            return Optional.of(own);
        }
        return superEntity == null ? Optional.empty() : superEntity.property(name);
    }

    /** {@code PersistentClass.getSubclasses()}: the subclasses of each subclass first, then the subclasses. */
    List<EntityMapping> subclassesInHibernateOrder() {
        List<EntityMapping> ordered = new ArrayList<>();
        for (EntityMapping subclass : subclasses) {
            ordered.addAll(subclass.subclassesInHibernateOrder());
        }
        ordered.addAll(subclasses);
        return ordered;
    }

    @Override
    public String toString() {
        return entityName();
    }
}
