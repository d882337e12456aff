package dev.schemadiff.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.SingleTableSubclass;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated model compiles, Hibernate 7 accepts it under both naming styles, its table names stay
 * distinct there, and PostgreSQL runs the DDL Hibernate writes for it.
 */
@ExtendWith(PostgresExtension.class)
class GeneratedModelHibernateTest {
    private static final int ENTITIES = 120;

    @TempDir
    static Path workDir;
    private static GeneratedModel model;
    private static URLClassLoader loader;

    /** The two naming styles the generated names must survive. */
    enum NamingStyle {
        AS_WRITTEN(new PhysicalNamingStrategyStandardImpl()),
        SNAKE_CASE(new PhysicalNamingStrategySnakeCaseImpl());

        private final PhysicalNamingStrategy strategy;

        NamingStyle(PhysicalNamingStrategy strategy) {
            this.strategy = strategy;
        }
    }

    @BeforeAll
    static void compileModel() {
        model = GeneratedModel.write(ENTITIES, 11, workDir).compile();
        loader = model.newClassLoader();
    }

    @AfterAll
    static void closeLoader() throws IOException {
        loader.close();
    }

    @Test
    void compilesEveryEntityClass() throws ClassNotFoundException {
        assertEquals(ENTITIES, model.entityClassNames().size());
        for (String name : model.entityClassNames()) {
            Class<?> entity = loader.loadClass(name);
            assertTrue(entity.isAnnotationPresent(jakarta.persistence.Entity.class), name + " is no @Entity");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(NamingStyle.class)
    void hibernateAcceptsTheModelAndPostgresqlRunsItsDdl(NamingStyle naming, TestDatabase database) {
        try (StandardServiceRegistry registry = registry()) {
            Metadata metadata = metadata(registry, naming);

            assertEquals(ENTITIES, metadata.getEntityBindings().size());
            List<String> tables = ownedTables(metadata);
            Map<String, Long> owners = tables.stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            owners.values().removeIf(count -> count == 1);
            assertEquals(Map.of(), owners, "tables mapped more than once");

            database.execute(createScript(metadata, registry));
            long physicalTables = metadata.collectTableMappings().stream().filter(Table::isPhysicalTable).count();
            assertEquals(String.valueOf(physicalTables), database.queryValue(
                    "select count(*) from pg_tables where schemaname in ('public', 'billing')"));
            assertEquals("1", database.queryValue(
                    "select count(*) from pg_tables where schemaname = 'public' and tablename = 'order'"));
            assertTrue(Integer.parseInt(database.queryValue(
                    "select count(*) from pg_tables where schemaname = 'billing'")) > 0, "no table in billing");
        }
    }

    private static StandardServiceRegistry registry() {
        return new StandardServiceRegistryBuilder(new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build())
                .applySetting(AvailableSettings.DIALECT, PostgreSQLDialect.class.getName())
                .applySetting(AvailableSettings.ALLOW_METADATA_ON_BOOT, false)
                .applySetting(SchemaToolingSettings.JAKARTA_HBM2DDL_CREATE_SCHEMAS, true)
                .build();
    }

    private static Metadata metadata(StandardServiceRegistry registry, NamingStyle naming) {
        MetadataSources sources = new MetadataSources(registry);
        for (String name : model.entityClassNames()) {
            sources.addAnnotatedClassName(name);
        }
        MetadataBuilder builder = sources.getMetadataBuilder().applyPhysicalNamingStrategy(naming.strategy);
        MetadataImplementor metadata = (MetadataImplementor) builder.build();
        metadata.validate();
        return metadata;
    }

    /**
     * The tables entities and collections own, lower-cased as PostgreSQL folds them. A single-table
     * subclass shares its root's table and a one-to-many collection its element's, so they own none.
     */
    private static List<String> ownedTables(Metadata metadata) {
        List<String> tables = new ArrayList<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (!(entity instanceof SingleTableSubclass)) {
                tables.add(qualifiedName(entity.getTable()));
            }
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            if (!collection.isOneToMany()) {
                tables.add(qualifiedName(collection.getCollectionTable()));
            }
        }
        return tables;
    }

    private static String qualifiedName(Table table) {
        return table.getQualifiedTableName().render().toLowerCase(Locale.ROOT);
    }

    /** Hibernate's create script, through the same JPA schema-generation settings an application would use. */
    private static String createScript(Metadata metadata, StandardServiceRegistry registry) {
        Map<String, Object> settings = new HashMap<>(registry.requireService(ConfigurationService.class).getSettings());
        StringWriter script = new StringWriter();
        settings.put(SchemaToolingSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "none");
        settings.put(SchemaToolingSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "create");
        settings.put(SchemaToolingSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, script);
        settings.put(SchemaToolingSettings.HBM2DDL_DELIMITER, ";");
        settings.put(SchemaToolingSettings.HBM2DDL_HALT_ON_ERROR, true);
        SchemaManagementToolCoordinator.process(metadata, registry, settings, dropAction -> { });
        return script.toString();
    }
}
