package dev.schemadiff.reader.hibernate;

import dev.schemadiff.reader.ModelReaderOptions;
import java.io.StringWriter;
import java.util.Map;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.tool.schema.spi.DelayedDropRegistry;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate's own create-DDL for PostgreSQL: the script {@code jakarta.persistence.schema-generation.
 * scripts.action=create} writes for the entities. It is the reference {@link HibernateModelReader} is
 * tested against, and the input of a scratch-database read.
 */
public final class HibernateDdl {
    /** A script action never registers a drop to run when a session factory closes. */
    private static final DelayedDropRegistry NO_DELAYED_DROP = action -> {
        throw new IllegalStateException("a script-only create registered a delayed drop");
    };

    /**
     * Returns the create script, one {@code ;}-terminated statement per line. Tables in the default
     * schema are left unqualified (they land in the first schema of the {@code search_path}); other
     * schemas are created by the script ({@code create schema ...}).
     *
     * @throws dev.schemadiff.SchemaDiffException with {@code ErrorCode.MODEL} when the entities cannot be
     *                                            loaded or mapped
     */
    public String createScript(ModelReaderOptions options) {
        StringWriter script = new StringWriter();
        Map<String, Object> settings = Map.of(
                SchemaToolingSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "create",
                SchemaToolingSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, script,
                SchemaToolingSettings.JAKARTA_HBM2DDL_CREATE_SCHEMAS, true,
                // The script holds the schema only, never the rows of an import.sql on the classpath.
                SchemaToolingSettings.HBM2DDL_SKIP_DEFAULT_IMPORT_FILE, true);
        try (HibernateMetadata hibernate = HibernateMetadata.boot(options)) {
            SchemaManagementToolCoordinator.process(hibernate.metadata(), hibernate.registry(), settings,
                    NO_DELAYED_DROP);
        }
        return script.toString();
    }
}
