/**
 * Recovering a database whose migration tool died with "already exists": {@link
 * dev.schemadiff.history.MigrationHistory#status status} diagnoses it, {@link
 * dev.schemadiff.history.MigrationHistory#recover recover} verifies, reconciles and stamps Flyway,
 * Liquibase or Alembic history, and {@link dev.schemadiff.history.MigrationHistory#stampAfterApply
 * stampAfterApply} stamps after an entity apply. The {@code .internal}, {@code .flyway},
 * {@code .liquibase} and {@code .alembic} packages are internal.
 */
package dev.schemadiff.history;
