/**
 * Spring Boot start-up hook: with {@code schemadiff.mode=validate|plan|apply|recover}, schemadiff checks
 * or reconciles the application's database with its entities before Flyway, Liquibase and JPA start,
 * on the application's own {@code DataSource} and naming settings. See {@link SchemaDiffProperties}.
 */
package dev.schemadiff.spring;
