package dev.schemadiff.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.Ordered;

/**
 * Declares {@link SchemaDiffStartup} a database initializer that comes first. Spring Boot then makes the
 * initializers detected after it (Flyway, Liquibase, SQL scripts, a deferred JPA) depend on it, and every
 * bean that depends on database initialization (the {@code EntityManagerFactory}, {@code JdbcTemplate})
 * depend on all of them: the same mechanism that runs Flyway before JPA.
 */
public final class SchemaDiffDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(SchemaDiffStartup.class);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
