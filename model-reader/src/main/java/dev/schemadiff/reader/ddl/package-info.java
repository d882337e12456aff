/**
 * Internal. No compatibility guarantees.
 *
 * <p>What both model readers share: the schema as Hibernate's create script for PostgreSQL writes it
 * ({@link dev.schemadiff.reader.ddl.DdlTable} and its parts: names as PostgreSQL will store them, unnamed
 * constraints still unnamed), and {@link dev.schemadiff.reader.ddl.PgSchemaBuilder}, which runs that
 * script in its head the way PostgreSQL would: it names the unnamed constraints and the sequences behind
 * {@code serial} and identity columns, collisions included, and returns the schema model. The readers
 * differ only in how they learn what Hibernate writes: from Hibernate's own mapping metadata, or from
 * the entity sources.
 */
package dev.schemadiff.reader.ddl;
