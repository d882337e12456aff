/**
 * Reads compiled JPA entities through Hibernate's own mapping metadata, booted for PostgreSQL without a
 * database connection. Two entry points: {@link dev.schemadiff.reader.hibernate.HibernateModelReader}
 * translates the metadata into the schema model, and {@link dev.schemadiff.reader.hibernate.HibernateDdl}
 * returns Hibernate's own create script for the same entities. Every other type here is internal.
 */
package dev.schemadiff.reader.hibernate;
