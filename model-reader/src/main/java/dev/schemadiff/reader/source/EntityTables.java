package dev.schemadiff.reader.source;

import dev.schemadiff.schema.ForeignKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.boot.model.naming.Identifier;

/**
 * The tables of an entity as Hibernate's {@code EntityBinder} makes them: the primary table (the root's for
 * a SINGLE_TABLE subclass, one including the parent's columns for a TABLE_PER_CLASS subclass), secondary
 * tables and their keys, the discriminator column and its check, a JOINED subclass's key, and the checks,
 * unique constraints and indexes the entity declares for its tables.
 */
final class EntityTables {
    private static final String DEFAULT_DISCRIMINATOR = "DTYPE";
    private static final int DEFAULT_DISCRIMINATOR_LENGTH = 31;

    private final BindingContext context;
    private final JoinColumns joins;

    EntityTables(BindingContext context) {
        this.context = context;
        this.joins = new JoinColumns(context);
    }

    void bindTables(EntityMapping entity) {
        DeclaredType type = entity.type;
        if (entity.superEntity != null && entity.inheritance == EntityMapping.Inheritance.SINGLE_TABLE) {
            entity.table = entity.superEntity.table;
        } else {
            Optional<Annotation> annotation = type.annotation(Jpa.TABLE);
            Identifier logical = context.naming.identifier(annotation.flatMap(table -> table.text("name"))
                    .orElse(entity.jpaName));
            Identifier schema = annotation.flatMap(table -> table.text("schema")).map(context.naming::identifier).orElse(null);
            annotation.flatMap(table -> table.text("catalog")).ifPresent(catalog -> context.warn(type.location(),
                    "@Table(catalog = \"" + catalog + "\") of " + entity.simpleName() + " names a database to PostgreSQL;"
                            + " the catalog is ignored"));
            BoundTable included = entity.superEntity != null
                    && entity.inheritance == EntityMapping.Inheritance.TABLE_PER_CLASS ? entity.superEntity.table : null;
            entity.table = context.table(schema, logical, included);
            entity.table.isAbstract = type.isAbstract() && entity.inheritance == EntityMapping.Inheritance.TABLE_PER_CLASS;
            annotation.ifPresent(table -> TableConstraints.uniqueConstraints(context, entity.table, table));
        }
        if (entity.table.entity == null) {
            entity.table.entity = entity.simpleName();
        }
        for (Annotation secondary : PropertyBinder.repeated(type.annotations(), Jpa.SECONDARY_TABLE, Jpa.SECONDARY_TABLES)) {
            Identifier logical = context.naming.identifier(secondary.string("name"));
            Identifier schema = secondary.text("schema").map(context.naming::identifier).orElse(null);
            BoundTable table = context.table(schema, logical, null);
            if (table.entity == null) {
                table.entity = entity.simpleName();
            }
            TableConstraints.uniqueConstraints(context, table, secondary);
            entity.secondaryTables.put(logical.getCanonicalName(), table);
            context.secondaryTableKeys.add(() -> secondaryKey(entity, table, secondary));
        }
    }

    /** A secondary table's key: the entity's key columns again, joined to the primary table. */
    private void secondaryKey(EntityMapping entity, BoundTable table, Annotation secondary) {
        List<BoundColumn> referenced = entity.keyColumns();
        List<BoundColumn> key = joins.create(table, secondary.annotations("pkJoinColumns"), referenced,
                new JoinColumns.Implicit(null, entity.table));
        key.forEach(column -> {
            column.nullable = false;
            PropertyBinder.credit(column, entity, identifierPath(entity), false);
        });
        joins.foreignKey(table, key, entity, referenced, secondary.annotation("foreignKey")
                .filter(foreignKey -> foreignKey.isExplicit("name") || foreignKey.isExplicit("value")),
                ForeignKey.ReferentialAction.NO_ACTION);
        table.primaryKey(key);
    }

    /**
     * The discriminator of a SINGLE_TABLE root with subclasses (or an explicit {@code @DiscriminatorColumn}
     * on a SINGLE_TABLE or JOINED root), added first to the root table; its check of the values follows in
     * the second pass, once every subclass is known.
     */
    void discriminator(EntityMapping root, boolean hasSubclasses) {
        Optional<Annotation> annotation = root.type.annotation(Jpa.DISCRIMINATOR_COLUMN);
        boolean needed = root.inheritance == EntityMapping.Inheritance.SINGLE_TABLE
                ? hasSubclasses || annotation.isPresent()
                : root.inheritance == EntityMapping.Inheritance.JOINED && annotation.isPresent();
        if (!needed) {
            return;
        }
        String type = annotation.map(column -> column.enumName("discriminatorType")).orElse("STRING");
        Identifier logical = context.naming.identifier(annotation.flatMap(column -> column.text("name"))
                .orElse(DEFAULT_DISCRIMINATOR));
        BoundColumn column = new BoundColumn(context.naming.physicalColumn(logical));
        column.logicalName = logical;
        int length = annotation.map(discriminator -> discriminator.integer("length")).orElse(DEFAULT_DISCRIMINATOR_LENGTH);
        column.typeFrom(switch (type) {
            case "CHAR" -> new ColumnTypes.SqlType("char(1)", ColumnTypes.Category.STRING);
            case "INTEGER" -> new ColumnTypes.SqlType("integer", ColumnTypes.Category.INTEGER);
            default -> new ColumnTypes.SqlType("varchar(" + length + ")", ColumnTypes.Category.STRING);
        });
        annotation.flatMap(discriminator -> discriminator.text("columnDefinition")).ifPresent(definition -> column.sqlType = definition);
        column.nullable = false;
        BoundColumn added = root.table.add(column);
        PropertyBinder.credit(added, root, "(discriminator)", false);
        root.discriminator = added;
        root.discriminatorType = type;
        context.general.add(() -> discriminatorCheck(root));
    }

    /** {@code DiscriminatorColumnSecondPass}: the discriminator takes the values of the concrete classes. */
    private void discriminatorCheck(EntityMapping root) {
        List<EntityMapping> classes = new ArrayList<>();
        classes.add(root);
        classes.addAll(root.subclassesInHibernateOrder());
        List<String> values = new ArrayList<>();
        for (EntityMapping entity : classes) {
            String value = discriminatorValue(entity);
            if (value.equals("null") || value.equals("not null")) {
                return; // a catch-all value: no check
            }
            if (!entity.isAbstract()) {
                values.add(value);
            }
        }
        boolean strings = !root.discriminatorType.equals("INTEGER");
        String column = Naming.render(root.discriminator.name);
        root.discriminator.checks.add(PropertyBinder.check(null, column + " in (" + values.stream()
                .map(value -> strings ? "'" + value.replace("'", "''") + "'" : value)
                .collect(Collectors.joining(",")) + ")"));
    }

    /** {@code @DiscriminatorValue}, else the entity name (its hash code for an INTEGER discriminator). */
    private static String discriminatorValue(EntityMapping entity) {
        if (entity.discriminatorValue != null) {
            return entity.discriminatorValue;
        }
        return "INTEGER".equals(entity.root().discriminatorType) ? String.valueOf(entity.jpaName.hashCode())
                : entity.jpaName;
    }

    /**
     * {@code SingleTableSubclass.createConstraints}: the subclass's required attributes, whose columns must
     * accept the null of other classes' rows, are required for its rows.
     */
    void subclassCheck(EntityMapping entity) {
        EntityMapping root = entity.root();
        if (entity.isAbstract() || root.discriminator == null) {
            return;
        }
        // getNonDuplicatedProperties(): the parent's properties, then its own, none in a secondary table
        List<PropertyMapping> properties = new ArrayList<>(entity.superEntity.properties.values());
        properties.addAll(entity.properties.values());
        List<String> required = new ArrayList<>();
        for (PropertyMapping property : properties) {
            if (property.kind != PropertyMapping.Kind.COMPONENT && !property.optional
                    && property.columns.stream().allMatch(column -> column.table == entity.table)) {
                property.columns.stream().filter(column -> column.nullable)
                        .forEach(column -> required.add(Naming.render(column.name) + " is not null"));
            }
        }
        if (required.isEmpty()) {
            return;
        }
        String value = discriminatorValue(entity);
        String sqlValue = root.discriminatorType.equals("INTEGER") ? value : "'" + value.replace("'", "''") + "'";
        entity.table.checks.add(PropertyBinder.check(null, Naming.render(root.discriminator.name) + " <> " + sqlValue
                + " or (" + String.join(" and ", required) + ")"));
    }

    /** A JOINED subclass's key: the parent's key columns again (or {@code @PrimaryKeyJoinColumn}s), referencing it. */
    void joinedKey(EntityMapping entity) {
        EntityMapping parent = entity.superEntity;
        List<BoundColumn> referenced = parent.keyColumns();
        List<Annotation> annotations = PropertyBinder.repeated(entity.type.annotations(), Jpa.PRIMARY_KEY_JOIN_COLUMN,
                Jpa.PRIMARY_KEY_JOIN_COLUMNS);
        List<BoundColumn> key = joins.create(entity.table, annotations, referenced,
                new JoinColumns.Implicit(null, parent.table));
        key.forEach(column -> {
            column.nullable = false;
            PropertyBinder.credit(column, entity, identifierPath(entity), false);
        });
        entity.joinedKey = key;
        Optional<Annotation> foreignKey = entity.type.annotation(Jpa.FOREIGN_KEY)
                .or(() -> annotations.stream().flatMap(column -> column.annotation("foreignKey").stream())
                        .filter(fk -> fk.isExplicit("name") || fk.isExplicit("value")).findFirst())
                .or(() -> entity.type.annotation(Jpa.PRIMARY_KEY_JOIN_COLUMNS).flatMap(columns -> columns.annotation("foreignKey")));
        joins.foreignKey(entity.table, key, parent, referenced, foreignKey,
                JoinColumns.onDelete(entity.type.annotation(Jpa.ON_DELETE)));
        context.primaryKeys.add(() -> entity.table.primaryKey(key));
    }

    /** {@code processComplementaryTableDefinitions}: {@code @Table} indexes and checks, secondary table indexes. */
    void complementaryDefinitions(EntityMapping entity) {
        entity.type.annotation(Jpa.TABLE).ifPresent(table -> {
            TableConstraints.indexes(context, entity.table, table);
            for (Annotation check : table.annotations("check")) {
                entity.table.checks.add(PropertyBinder.check(check.string("name"), check.string("constraint")));
            }
        });
        for (Annotation check : PropertyBinder.repeated(entity.type.annotations(), Jpa.CHECK, Jpa.CHECKS)) {
            entity.table.checks.add(PropertyBinder.check(check.string("name"), check.string("constraints")));
        }
        for (Annotation secondary : PropertyBinder.repeated(entity.type.annotations(), Jpa.SECONDARY_TABLE,
                Jpa.SECONDARY_TABLES)) {
            BoundTable table = entity.secondaryTables.get(context.naming.identifier(secondary.string("name")).getCanonicalName());
            TableConstraints.indexes(context, table, secondary);
        }
    }

    /** The identifier attribute's path, {@code id} where the identifier has no attribute of its own. */
    static String identifierPath(EntityMapping entity) {
        String attribute = entity.root().identifierAttribute;
        return attribute == null ? "id" : attribute;
    }
}
