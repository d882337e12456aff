package dev.schemadiff.reader;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The naming an application's Hibernate configuration asks for, as schemadiff can predict it: a
 * {@link NamingMode} for the implicit names, a physical strategy class when it differs from the mode's
 * own, and global quoting. The one reading of those settings for every entry point that finds them
 * itself (the Maven plugin in resource files, the Spring Boot hook in its {@code Environment}); where the
 * properties come from is the caller's business.
 *
 * @param mode             the naming mode; it fixes the implicit names (join tables, foreign key columns)
 *                         and, unless {@code physicalStrategy} overrides it, the physical ones
 * @param physicalStrategy a {@code PhysicalNamingStrategy} class name replacing the mode's own, or {@code null}
 * @param quoteAll         whether {@code hibernate.globally_quoted_identifiers} is on
 */
public record HibernateNaming(NamingMode mode, String physicalStrategy, boolean quoteAll) {
    /** Hibernate's snake_case physical strategy, which {@link NamingMode#SPRING} implies. */
    public static final String SNAKE_CASE_PHYSICAL = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";
    /** Hibernate's names-as-written physical strategy, which {@link NamingMode#JPA} implies. */
    public static final String STANDARD_PHYSICAL = "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl";

    /** Spring Boot 2's, Spring Boot 3's and Hibernate's spellings of one snake_case strategy. */
    private static final Set<String> SNAKE_CASE_PHYSICAL_NAMES = Set.of(SNAKE_CASE_PHYSICAL,
            "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
            "org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy");
    private static final Set<String> SPRING_IMPLICIT_NAMES = Set.of(
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy",
            "org.springframework.boot.hibernate.SpringImplicitNamingStrategy");
    /** Hibernate's default implicit strategy, by class and by its short names. */
    private static final Set<String> JPA_IMPLICIT_NAMES = Set.of(
            "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl", "default", "jpa");

    private static final String SPRING_HIBERNATE_PROPERTIES = "spring.jpa.properties.";
    private static final String IMPLICIT = "hibernate.implicit_naming_strategy";
    private static final String PHYSICAL = "hibernate.physical_naming_strategy";
    private static final String QUOTE_ALL = "hibernate.globally_quoted_identifiers";

    public HibernateNaming {
        Objects.requireNonNull(mode, "mode");
    }

    /**
     * Reads Spring Boot's settings: {@code spring.jpa.hibernate.naming.implicit-strategy} and
     * {@code …physical-strategy}, else Hibernate's own keys under {@code spring.jpa.properties.}, else
     * Spring Boot's defaults; and {@code spring.jpa.properties.hibernate.globally_quoted_identifiers}.
     *
     * @param property a property's value by its canonical key, {@code null} when unset; relaxed binding
     *                 ({@code physicalStrategy} for {@code physical-strategy}) is the lookup's business
     * @throws IllegalArgumentException for an implicit strategy whose names schemadiff cannot predict
     */
    public static HibernateNaming fromSpring(Function<String, String> property) {
        String implicit = first(property, "spring.jpa.hibernate.naming.implicit-strategy",
                SPRING_HIBERNATE_PROPERTIES + IMPLICIT);
        String physical = first(property, "spring.jpa.hibernate.naming.physical-strategy",
                SPRING_HIBERNATE_PROPERTIES + PHYSICAL);
        return of(implicit, NamingMode.SPRING, physical, SNAKE_CASE_PHYSICAL,
                first(property, SPRING_HIBERNATE_PROPERTIES + QUOTE_ALL));
    }

    /**
     * Reads Hibernate's own settings, as a {@code persistence.xml} unit or {@code hibernate.properties}
     * holds them: {@code hibernate.implicit_naming_strategy}, {@code hibernate.physical_naming_strategy}
     * and {@code hibernate.globally_quoted_identifiers}, else Hibernate's defaults.
     *
     * @param property a property's value by its key, {@code null} when unset
     * @throws IllegalArgumentException for an implicit strategy whose names schemadiff cannot predict
     */
    public static HibernateNaming fromHibernate(Function<String, String> property) {
        return of(first(property, IMPLICIT), NamingMode.JPA, first(property, PHYSICAL), STANDARD_PHYSICAL,
                first(property, QUOTE_ALL));
    }

    private static HibernateNaming of(String implicit, NamingMode implicitDefault, String physical,
            String physicalDefault, String quoteAll) {
        NamingMode mode = implicit == null ? implicitDefault : implicitMode(implicit);
        String physicalStrategy = physical == null ? physicalDefault : physical;
        if (SNAKE_CASE_PHYSICAL_NAMES.contains(physicalStrategy)) {
            physicalStrategy = SNAKE_CASE_PHYSICAL;
        }
        String modesOwn = mode == NamingMode.SPRING ? SNAKE_CASE_PHYSICAL : STANDARD_PHYSICAL;
        return new HibernateNaming(mode, physicalStrategy.equals(modesOwn) ? null : physicalStrategy,
                Boolean.parseBoolean(quoteAll));
    }

    private static NamingMode implicitMode(String implicit) {
        if (SPRING_IMPLICIT_NAMES.contains(implicit)) {
            return NamingMode.SPRING;
        } else if (JPA_IMPLICIT_NAMES.contains(implicit)) {
            return NamingMode.JPA;
        }
        throw new IllegalArgumentException("the implicit naming strategy " + implicit + " is not supported"
                + " (schemadiff predicts Spring Boot's and Hibernate's JPA-compliant implicit names)");
    }

    /** The first key's value that is set and not blank, stripped. */
    private static String first(Function<String, String> property, String... keys) {
        for (String key : keys) {
            String value = property.apply(key);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
