package dev.schemadiff.reader.hibernate;

import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.ddl.PgSchemaBuilder;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.Provenance;
import dev.schemadiff.schema.SchemaModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads compiled JPA entities through Hibernate's own mapping metadata, booted for PostgreSQL without
 * a connection, and translates that metadata into the schema Hibernate's create script would leave in
 * PostgreSQL: the same types, nullability, defaults, keys, indexes, foreign keys, checks and sequences,
 * under the names PostgreSQL stores (unquoted names folded to lower case, long names truncated to 63
 * bytes and each named in a warning, unnamed constraints named as PostgreSQL names them).
 *
 * <p>What it cannot predict exactly is reported in {@link ExpectedSchema#warnings()}: a
 * {@code columnDefinition} that holds more than a type, table or column options, a foreign key written
 * as raw SQL, expression indexes, and constraints naming columns the table does not have. Named enum
 * types, views and {@code @Subselect} entities are not part of the model.
 */
public final class HibernateModelReader {

    /**
     * Builds the schema Hibernate's create-DDL for PostgreSQL would produce for the entities found.
     *
     * @throws dev.schemadiff.SchemaDiffException with {@code ErrorCode.MODEL} when classes cannot load or
     *                                            Hibernate rejects the mapping, with {@code ErrorCode.USAGE}
     *                                            when a path does not exist
     */
    public ExpectedSchema read(ModelReaderOptions options) {
        return read(HibernateMetadata.boot(options), options);
    }

    /**
     * As {@link #read(ModelReaderOptions)}, for managed classes a running application has loaded already
     * (its framework found them on its classpath): {@code options} give the naming and the default schema,
     * their class locations are not read. Hibernate resolves further classes (a custom naming strategy, the
     * entities' own types) through the loader of those classes.
     *
     * @throws dev.schemadiff.SchemaDiffException with {@code ErrorCode.MODEL} when none of the classes is an
     *                                            {@code @Entity} or Hibernate rejects the mapping
     */
    public ExpectedSchema read(Collection<Class<?>> managedClasses, ModelReaderOptions options) {
        return read(HibernateMetadata.boot(EntityClasses.loaded(managedClasses), options), options);
    }

    private static ExpectedSchema read(HibernateMetadata booted, ModelReaderOptions options) {
        try (HibernateMetadata hibernate = booted) {
            List<String> warnings = new ArrayList<>();
            TableTranslator tables = new TableTranslator(hibernate.metadata(), options.defaultSchema(), warnings::add);
            SchemaModel model = new PgSchemaBuilder(options.defaultSchema(), warnings::add)
                    .build(SchemaTranslator.translate(hibernate.metadata(), tables));
            Provenance provenance = ProvenanceCollector.collect(hibernate.metadata(), tables, model);
            return new ExpectedSchema(model, provenance, warnings);
        }
    }
}
