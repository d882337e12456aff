package dev.schemadiff.reader.hibernate;

import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.schema.ExpectedSchema;

/** Reads compiled JPA entities through Hibernate's own mapping metadata. */
public final class HibernateModelReader {

    /**
     * Builds the schema Hibernate's create-DDL for PostgreSQL would produce for the entities found.
     *
     * @throws dev.schemadiff.SchemaDiffException with {@code ErrorCode.MODEL} when classes cannot load
     */
    public ExpectedSchema read(ModelReaderOptions options) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
