package dev.schemadiff.bench;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.tool.schema.spi.DelayedDropRegistry;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate's own schema tools, driven the way an application's Hibernate drives them at startup:
 * {@link SchemaManagementToolCoordinator#process} with the GROUPED metadata extraction strategy (one
 * {@code DatabaseMetaData} query per kind and namespace instead of one per table). Update goes to a
 * script target (the JPA {@code scripts.action=update} Hibernate supports, through its
 * {@code SchemaMigrator}); validate is {@code hbm2ddl.auto=validate} (its {@code SchemaValidator}).
 * Every run boots its own metadata, as an application start does.
 */
final class HibernatePeer {
    private static final List<Class<? extends Annotation>> MANAGED =
            List.of(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class);
    private static final DelayedDropRegistry NO_DELAYED_DROP = action -> {
        throw new IllegalStateException("a schema tool registered a delayed drop");
    };

    private HibernatePeer() {
    }

    /** Boots the metadata of every managed class in {@code classesDir} (no schema action); returns the entity count. */
    static int boot(Path classesDir, String jdbcUrl) {
        try (Booted booted = Booted.of(classesDir, jdbcUrl)) {
            return booted.metadata.getEntityBindings().size();
        }
    }

    /** Boots, then writes the update script against the database at {@code jdbcUrl}; returns the script. */
    static String updateToScript(Path classesDir, String jdbcUrl) {
        StringWriter script = new StringWriter();
        Map<String, Object> settings = new HashMap<>(Booted.settings(jdbcUrl));
        settings.put(SchemaToolingSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "update");
        settings.put(SchemaToolingSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, script);
        try (Booted booted = Booted.of(classesDir, jdbcUrl)) {
            SchemaManagementToolCoordinator.process(booted.metadata, booted.registry, settings, NO_DELAYED_DROP);
        }
        return script.toString();
    }

    /**
     * Boots, then validates the database at {@code jdbcUrl}. Hibernate stops at the first mismatch, so a
     * full pass needs an undrifted database.
     *
     * @throws org.hibernate.tool.schema.spi.SchemaManagementException at the first mismatch
     */
    static void validate(Path classesDir, String jdbcUrl) {
        Map<String, Object> settings = new HashMap<>(Booted.settings(jdbcUrl));
        settings.put(SchemaToolingSettings.HBM2DDL_AUTO, "validate");
        try (Booted booted = Booted.of(classesDir, jdbcUrl)) {
            SchemaManagementToolCoordinator.process(booted.metadata, booted.registry, settings, NO_DELAYED_DROP);
        }
    }

    /** Every managed class name in a directory of compiled classes. */
    static List<Class<?>> managedClasses(Path classesDir, ClassLoader loader) {
        try (Stream<Path> files = Files.walk(classesDir)) {
            List<Class<?>> managed = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).sorted().toList()) {
                String name = classesDir.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, loader);
                if (MANAGED.stream().anyMatch(type::isAnnotationPresent)) {
                    managed.add(type);
                }
            }
            return managed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + e.getMessage() + " from " + classesDir, e);
        }
    }

    /** A service registry with a JDBC connection and the metadata bound on it; closing releases both. */
    private record Booted(URLClassLoader loader, StandardServiceRegistry registry, Metadata metadata)
            implements AutoCloseable {

        static Map<String, Object> settings(String jdbcUrl) {
            return Map.of(
                    JdbcSettings.JAKARTA_JDBC_URL, jdbcUrl,
                    SchemaToolingSettings.HBM2DDL_JDBC_METADATA_EXTRACTOR_STRATEGY, "grouped",
                    SchemaToolingSettings.HBM2DDL_SKIP_DEFAULT_IMPORT_FILE, true);
        }

        static Booted of(Path classesDir, String jdbcUrl) {
            URLClassLoader loader;
            try {
                loader = new URLClassLoader(new URL[] {classesDir.toUri().toURL()}, HibernatePeer.class.getClassLoader());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                    .applySettings(settings(jdbcUrl)).build();
            MetadataSources sources = new MetadataSources(registry);
            managedClasses(classesDir, loader).forEach(sources::addAnnotatedClass);
            return new Booted(loader, registry, sources.buildMetadata());
        }

        @Override
        public void close() {
            StandardServiceRegistryBuilder.destroy(registry);
            try {
                loader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
