package dev.schemadiff.reader.hibernate;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.MappingSettings;

/**
 * Hibernate's mapping metadata for the discovered entities, built for PostgreSQL without a connection.
 * Shared by {@link HibernateModelReader} and {@link HibernateDdl}; closing it releases the service
 * registry and the entity class loader.
 */
record HibernateMetadata(EntityClasses classes, StandardServiceRegistry registry, Metadata metadata)
        implements AutoCloseable {

    /** Discovers the entities of {@code options} and binds them the way the application's Hibernate would. */
    static HibernateMetadata boot(ModelReaderOptions options) {
        return boot(EntityClasses.discover(options), options);
    }

    /** Binds {@code classes}, found already, named as {@code options} says; its locations are not read. */
    static HibernateMetadata boot(EntityClasses classes, ModelReaderOptions options) {
        StandardServiceRegistry registry = null;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Some Hibernate lookups go through the context loader; let them see the entities' classpath.
        thread.setContextClassLoader(classes.loader());
        try {
            BootstrapServiceRegistry bootstrap =
                    new BootstrapServiceRegistryBuilder().applyClassLoader(classes.loader()).build();
            registry = new StandardServiceRegistryBuilder(bootstrap)
                    .clearSettings() // no hibernate.properties or -Dhibernate.* from the tool's own JVM
                    .applySetting(JdbcSettings.JAKARTA_HBM2DDL_DB_NAME, "PostgreSQL")
                    .applySetting(JdbcSettings.ALLOW_METADATA_ON_BOOT, false)
                    .applySetting(MappingSettings.GLOBALLY_QUOTED_IDENTIFIERS, options.quoteAll())
                    // A quoted column definition only runs when it is one lower-case type name, which
                    // then means the same type unquoted: skipping loses nothing and never breaks the DDL.
                    .applySetting(MappingSettings.GLOBALLY_QUOTED_IDENTIFIERS_SKIP_COLUMN_DEFINITIONS, true)
                    .build();
            MetadataSources sources = new MetadataSources(registry);
            classes.managedClasses().forEach(sources::addAnnotatedClass);
            MetadataBuilder builder = sources.getMetadataBuilder();
            MissingPackageInfo.registerStandIns(builder, classes);
            if (options.naming() == NamingMode.SPRING) {
                builder.applyImplicitNamingStrategy(new SpringImplicitNamingStrategy());
                // Spring Boot 4's default; Hibernate's deprecated CamelCaseToUnderscoresNamingStrategy
                // is an empty subclass of it, the default of Spring Boot 3.
                builder.applyPhysicalNamingStrategy(new PhysicalNamingStrategySnakeCaseImpl());
            }
            if (options.physicalNamingStrategy() != null) {
                builder.applyPhysicalNamingStrategy(
                        physicalNamingStrategy(options.physicalNamingStrategy(), classes.loader()));
            }
            MetadataImplementor metadata = build(builder);
            // [#6] Binding accepts mappings the application's Hibernate refuses at startup, such as two
            // fields on one column; validate() is that startup check, so they fail here as well.
            metadata.validate();
            return new HibernateMetadata(classes, registry, metadata);
        } catch (HibernateException | LinkageError | TypeNotPresentException e) {
            SchemaDiffException failure = mappingFailure(e);
            closeAfterFailure(registry, classes, failure);
            throw failure;
        } catch (RuntimeException | Error e) {
            closeAfterFailure(registry, classes, e);
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Hibernate's binder fails on some inputs with a bare runtime exception rather than a mapping error
     * ([#6]: a table named by a lone double quote ends in StringIndexOutOfBoundsException); either way
     * the mapping is what the user must change.
     */
    private static MetadataImplementor build(MetadataBuilder builder) {
        try {
            return (MetadataImplementor) builder.build();
        } catch (HibernateException | TypeNotPresentException e) {
            throw e;
        } catch (RuntimeException e) {
            if (EntityClasses.missingClass(e).isPresent()) {
                throw mappingFailure(e);
            }
            throw new SchemaDiffException(ErrorCode.MODEL, "Hibernate failed while binding the entities (" + e
                    + "); look for unusual names or mappings, and rerun with --verbose for where it failed", e);
        }
    }

    @Override
    public void close() {
        try {
            StandardServiceRegistryBuilder.destroy(registry);
        } finally {
            classes.close();
        }
    }

    private static PhysicalNamingStrategy physicalNamingStrategy(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new SchemaDiffException(ErrorCode.MODEL, "physical naming strategy " + className
                    + " not found; add the jar that holds it with --classpath", e);
        }
        if (!PhysicalNamingStrategy.class.isAssignableFrom(type)) {
            throw new SchemaDiffException(ErrorCode.MODEL, "physical naming strategy " + className
                    + " does not implement " + PhysicalNamingStrategy.class.getName() + "; name a class that does");
        }
        try {
            return (PhysicalNamingStrategy) type.getConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new SchemaDiffException(ErrorCode.MODEL, "cannot create physical naming strategy " + className
                    + ": " + e + "; give it a public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw new SchemaDiffException(ErrorCode.MODEL, "physical naming strategy " + className
                    + " failed in its constructor: " + e.getCause() + "; fix or replace it", e.getCause());
        }
    }

    private static SchemaDiffException mappingFailure(Throwable failure) {
        Optional<String> missing = EntityClasses.missingClass(failure);
        if (missing.isPresent()) {
            return new SchemaDiffException(ErrorCode.MODEL, "cannot map the entities: missing class "
                    + missing.get() + "; add the jar that holds it with --classpath", failure);
        }
        return new SchemaDiffException(ErrorCode.MODEL, "Hibernate cannot map the entities: "
                + firstLine(failure.getMessage()) + "; fix the mapping it names", failure);
    }

    private static String firstLine(String message) {
        return message == null ? "(no message)" : message.lines().findFirst().orElse("").strip();
    }

    private static void closeAfterFailure(StandardServiceRegistry registry, EntityClasses classes, Throwable failure) {
        try {
            if (registry != null) {
                StandardServiceRegistryBuilder.destroy(registry);
            }
            classes.close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
