/**
 * The diff engine: {@link dev.schemadiff.diff.SchemaDiffer} compares the schema the entities expect
 * with the one the catalog holds and returns additive changes plus findings. Pure: no JDBC, no
 * Hibernate, no SQL text.
 */
package dev.schemadiff.diff;
