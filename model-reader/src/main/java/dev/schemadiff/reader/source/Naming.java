package dev.schemadiff.reader.source;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.reader.ddl.PgIdentifiers;
import java.util.List;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.NamingHelper;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;

/**
 * How Hibernate names what the mapping leaves unnamed, and how names become physical: the implicit rules
 * of {@code ImplicitNamingStrategyJpaCompliantImpl} (Spring Boot's {@code SpringImplicitNamingStrategy}
 * differs only for join tables), the physical strategy of the naming mode, and the hashed names
 * {@code NamingHelper} gives foreign keys and indexes. The physical strategies and {@code NamingHelper}
 * are Hibernate's own classes, called rather than copied, so their rules cannot drift.
 */
final class Naming {
    private final NamingMode mode;
    private final PhysicalNamingStrategy physical;
    private final boolean quoteAll;

    /** @param quoteAll {@code hibernate.globally_quoted_identifiers}: every name made here is quoted */
    Naming(NamingMode mode, PhysicalNamingStrategy physical, boolean quoteAll) {
        this.mode = mode;
        this.physical = physical;
        this.quoteAll = quoteAll;
    }

    /** The mode's physical strategy, or the custom one named by {@code className} on {@code classpath}. */
    static PhysicalNamingStrategy physicalStrategy(NamingMode mode, String className, ClassLoader classpath) {
        if (className == null) {
            return mode == NamingMode.SPRING ? new PhysicalNamingStrategySnakeCaseImpl()
                    : PhysicalNamingStrategyStandardImpl.INSTANCE;
        }
        try {
            Class<?> type = Class.forName(className, true, classpath);
            if (!PhysicalNamingStrategy.class.isAssignableFrom(type)) {
                throw new SchemaDiffException(ErrorCode.MODEL, "physical naming strategy " + className
                        + " does not implement " + PhysicalNamingStrategy.class.getName() + "; name a class that does");
            }
            return (PhysicalNamingStrategy) type.getConstructor().newInstance();
        } catch (ClassNotFoundException | LinkageError e) {
            throw new SchemaDiffException(ErrorCode.MODEL, "physical naming strategy " + className
                    + " not found; add the jar that holds it with --classpath", e);
        } catch (ReflectiveOperationException e) {
            throw new SchemaDiffException(ErrorCode.MODEL, "cannot create physical naming strategy " + className
                    + ": " + e + "; give it a public no-argument constructor", e);
        }
    }

    /**
     * {@code IdentifierHelper.toIdentifier}: quoted when written in backticks or double quotes, when it
     * holds a character an unquoted name cannot, or always under global quoting.
     */
    Identifier identifier(String text) {
        Identifier identifier = Identifier.toIdentifier(text);
        return quoteAll && identifier != null && !identifier.isQuoted()
                ? Identifier.toIdentifier(identifier.getText(), true) : identifier;
    }

    Identifier physicalTable(Identifier logical) {
        return apply(() -> physical.toPhysicalTableName(logical, null), logical);
    }

    Identifier physicalSchema(Identifier logical) {
        return logical == null ? null : apply(() -> physical.toPhysicalSchemaName(logical, null), logical);
    }

    Identifier physicalColumn(Identifier logical) {
        return apply(() -> physical.toPhysicalColumnName(logical, null), logical);
    }

    Identifier physicalSequence(Identifier logical) {
        return apply(() -> physical.toPhysicalSequenceName(logical, null), logical);
    }

    /** A custom strategy that needs a JDBC environment cannot run without a database. */
    private static Identifier apply(java.util.function.Supplier<Identifier> strategy, Identifier logical) {
        try {
            return strategy.get();
        } catch (NullPointerException e) {
            throw new SchemaDiffException(ErrorCode.MODEL, "the physical naming strategy fails on " + logical
                    + " without a JDBC environment, which reading sources does not have; compile the entities"
                    + " and use --classes", e);
        }
    }

    /** A column name as PostgreSQL stores it. */
    static String raw(Identifier identifier) {
        return PgIdentifiers.raw(identifier.getText(), identifier.isQuoted());
    }

    /** {@code Identifier.render(dialect)}: the name as written into the DDL, double-quoted when quoted. */
    static String render(Identifier identifier) {
        return identifier.isQuoted() ? '"' + identifier.getText() + '"' : identifier.getText();
    }

    /** {@code determineJoinTableName}: JPA's {@code Owner_Target}, Spring's {@code owner_attribute}. */
    Identifier joinTable(String owningPhysicalTable, String nonOwningPhysicalTable, String owningAttribute) {
        String name = mode == NamingMode.SPRING && owningAttribute != null
                ? owningPhysicalTable + "_" + owningAttribute
                : owningPhysicalTable + "_" + nonOwningPhysicalTable;
        return identifier(name);
    }

    /** {@code determineCollectionTableName}: {@code Owner_attribute}. */
    Identifier collectionTable(String ownerEntityName, String attribute) {
        return identifier(ownerEntityName + "_" + attribute);
    }

    /** {@code determineJoinColumnName}: {@code attribute_referenced}, or {@code Entity_referenced}. */
    Identifier joinColumn(String attributeOrEntity, String referencedColumn) {
        return identifier(attributeOrEntity + "_" + referencedColumn);
    }

    Identifier mapKeyColumn(String attribute) {
        return identifier(attribute + "_KEY");
    }

    Identifier listIndexColumn(String attribute) {
        return identifier(attribute + "_ORDER");
    }

    /**
     * {@code determineForeignKeyName}: {@code FK} and a hash of the physical table, referenced table and
     * columns, as written into the DDL (quoted under global quoting).
     */
    String foreignKeyName(Identifier table, Identifier referencedTable, List<Identifier> columns) {
        return render(identifier(NamingHelper.INSTANCE.generateHashedFkName("FK", table, referencedTable, columns)));
    }

    /** {@code generateHashedConstraintName} for an index: {@code IDX} and a hash of the table and columns. */
    String indexName(Identifier table, List<Identifier> columns) {
        return NamingHelper.INSTANCE.generateHashedConstraintName("IDX", table, columns);
    }
}
