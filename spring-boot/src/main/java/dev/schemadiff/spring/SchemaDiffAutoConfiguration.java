package dev.schemadiff.spring;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.api.ModelSource;
import dev.schemadiff.reader.HibernateNaming;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScanner;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Registers {@link SchemaDiffStartup} when {@code schemadiff.mode} is set and the application has one
 * {@link DataSource}. The entities are those Spring Boot's JPA would manage: the packages of
 * {@code @EntityScan}, else the application's own ({@code AutoConfigurationPackages}).
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        beforeName = {"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
                "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration",
                "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"})
@ConditionalOnProperty(prefix = "schemadiff", name = "mode")
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(SchemaDiffProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class SchemaDiffAutoConfiguration {

    /** The start-up hook on the application's DataSource, entities and naming settings. */
    @Bean
    public SchemaDiffStartup schemaDiffStartup(DataSource dataSource, SchemaDiffProperties properties,
                                               ApplicationContext context, Environment environment) {
        Supplier<ModelSource.LoadedClasses> entities = () -> {
            HibernateNaming naming = naming(environment);
            try {
                return ModelSource.loaded(new EntityScanner(context)
                                .scan(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class))
                        .withNaming(naming.mode(), naming.physicalStrategy()).withQuoteAll(naming.quoteAll());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Spring's entity scan named a class it cannot load: " + e.getMessage(), e);
            }
        };
        return new SchemaDiffStartup(dataSource, properties, entities, environment);
    }

    /** The naming the application's Hibernate uses, from {@code spring.jpa.*}, read as the Maven plugin reads it. */
    private static HibernateNaming naming(Environment environment) {
        try {
            return HibernateNaming.fromSpring(environment::getProperty);
        } catch (IllegalArgumentException e) {
            throw new SchemaDiffException(ErrorCode.USAGE, e.getMessage() + "; use one of those, or set"
                    + " schemadiff.mode=off", e);
        }
    }
}
