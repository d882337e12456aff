package dev.schemadiff.reader.hibernate;

import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.Origin;
import dev.schemadiff.schema.Provenance;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.DenormalizedTable;
import org.hibernate.mapping.IdentifierCollection;
import org.hibernate.mapping.IndexedCollection;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.JoinedSubclass;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.SingleTableSubclass;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.Value;

/**
 * Which entity each table comes from and which attribute each column maps. Entity attributes are
 * walked before collections, so a column both an attribute and a collection key map (a bidirectional
 * association) is credited to the attribute.
 */
final class ProvenanceCollector {
    /** The attribute path given to a discriminator column, which no attribute maps. */
    static final String DISCRIMINATOR = "(discriminator)";

    private final TableTranslator tables;
    private final Map<QualifiedName, String> tableOrigins = new LinkedHashMap<>();
    private final Map<ColumnRef, Origin> columnOrigins = new LinkedHashMap<>();

    private ProvenanceCollector(TableTranslator tables) {
        this.tables = tables;
    }

    /**
     * Collects the origins of the tables and columns of {@code model}; tables Hibernate does not create
     * (the abstract root of a TABLE_PER_CLASS hierarchy) are left out.
     */
    static Provenance collect(Metadata metadata, TableTranslator tables, SchemaModel model) {
        ProvenanceCollector collector = new ProvenanceCollector(tables);
        metadata.getEntityBindings().forEach(collector::entity);
        metadata.getCollectionBindings().forEach(collector::collection);
        Map<QualifiedName, dev.schemadiff.schema.Table> created = model.tablesByName();
        collector.tableOrigins.keySet().retainAll(created.keySet());
        collector.columnOrigins.keySet().removeIf(column -> !created.containsKey(column.table())
                || created.get(column.table()).column(column.column()).isEmpty());
        return new Provenance(collector.tableOrigins, collector.columnOrigins);
    }

    private void entity(PersistentClass entity) {
        String name = simpleName(entity);
        Class<?> type = entity.getMappedClass();
        Table own = entity.getTable();
        if (!(entity instanceof SingleTableSubclass)) {
            tableOrigins.putIfAbsent(tables.nameOf(own), name);
        }
        if (entity instanceof RootClass) {
            identifier(entity, name, type, null);
            if (entity.getDiscriminator() != null) {
                value(entity.getDiscriminator(), name, DISCRIMINATOR, false, null);
            }
        } else if (entity instanceof JoinedSubclass) {
            value(entity.getKey(), name, identifierPath(entity), false, null);
        }
        for (Property property : entity.getProperties()) {
            property(property, name, "", type, null);
        }
        if (own instanceof DenormalizedTable) {
            // TABLE_PER_CLASS: the inherited columns are repeated in this entity's own table.
            identifier(entity, name, type, own);
            for (PersistentClass parent = entity.getSuperclass(); parent != null; parent = parent.getSuperclass()) {
                for (Property property : parent.getProperties()) {
                    property(property, name, "", parent.getMappedClass(), own);
                }
            }
        }
        for (Join join : entity.getJoins()) {
            tableOrigins.putIfAbsent(tables.nameOf(join.getTable()), name);
            value(join.getKey(), name, identifierPath(entity), false, null);
        }
    }

    private void identifier(PersistentClass entity, String entityName, Class<?> type, Table table) {
        if (entity.hasIdentifierProperty()) {
            property(entity.getIdentifierProperty(), entityName, "", type, table);
        } else if (entity.getIdentifier() instanceof Component idClass) {
            // @IdClass: the key's parts carry the names of the entity's own id attributes
            for (Property part : idClass.getProperties()) {
                property(part, entityName, "", type, table);
            }
        }
    }

    private static String identifierPath(PersistentClass entity) {
        return entity.hasIdentifierProperty() ? entity.getIdentifierProperty().getName() : "id";
    }

    private void collection(Collection collection) {
        PersistentClass owner = collection.getOwner();
        String entity = simpleName(owner);
        String path = collection.getRole().substring(collection.getOwnerEntityName().length() + 1);
        if (!collection.isInverse()) {
            tableOrigins.putIfAbsent(tables.nameOf(collection.getCollectionTable()), entity);
            value(collection.getKey(), entity, path, false, null);
            if (!(collection.getElement() instanceof OneToMany)) {
                value(collection.getElement(), entity, path, false, null);
            }
            if (collection instanceof IdentifierCollection identified) {
                value(identified.getIdentifier(), entity, path, false, null);
            }
        }
        if (collection instanceof IndexedCollection indexed && indexed.getIndex() != null) {
            value(indexed.getIndex(), entity, path, false, null);
        }
    }

    private void property(Property property, String entity, String prefix, Class<?> declaringType, Table table) {
        if (property.isBackRef() || property.isSynthetic()) {
            return; // Hibernate's own bookkeeping, mapped again by the attribute it stands for
        }
        String path = prefix + property.getName();
        value(property.getValue(), entity, path, isPrimitive(declaringType, property.getName()), table);
    }

    /**
     * @param table the table the columns are credited to, or {@code null} for the value's own table
     */
    private void value(Value value, String entity, String path, boolean primitive, Table table) {
        if (value instanceof Collection) {
            return; // walked from the collection bindings
        }
        if (value instanceof Component component && component.getAggregateColumn() != null) {
            // an embeddable stored as one JSON or XML column: that column is the attribute
            credit(component.getAggregateColumn(), table == null ? component.getTable() : table, entity, path, false);
            return;
        }
        if (value instanceof Component component) {
            for (Property property : component.getProperties()) {
                property(property, entity, path + ".", component.getComponentClass(), table);
            }
            return;
        }
        for (Selectable selectable : value.getSelectables()) {
            // a @Formula is no column: getColumns() would fail on it
            if (selectable instanceof Column column) {
                credit(column, table == null ? value.getTable() : table, entity, path, primitive);
            }
        }
    }

    private void credit(Column column, Table table, String entity, String path, boolean primitive) {
        columnOrigins.putIfAbsent(new ColumnRef(tables.nameOf(table), TableTranslator.columnName(column)),
                new Origin(entity, path, primitive));
    }

    private static String simpleName(PersistentClass entity) {
        Class<?> type = entity.getMappedClass();
        return type == null ? entity.getEntityName() : type.getSimpleName();
    }

    /** Whether the attribute's Java type is primitive: its field's type, or else its getter's. */
    private static boolean isPrimitive(Class<?> declaringType, String attribute) {
        for (Class<?> type = declaringType; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().equals(attribute)) {
                    return field.getType().isPrimitive();
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.getParameterCount() == 0 && isGetterOf(method.getName(), attribute)) {
                    return method.getReturnType().isPrimitive();
                }
            }
        }
        return false;
    }

    private static boolean isGetterOf(String methodName, String attribute) {
        for (String prefix : new String[] {"get", "is"}) {
            if (methodName.startsWith(prefix) && methodName.length() > prefix.length()
                    && decapitalize(methodName.substring(prefix.length())).equals(attribute)) {
                return true;
            }
        }
        return false;
    }

    /** The JavaBeans rule: {@code URL} stays {@code URL}, {@code Name} becomes {@code name}. */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
