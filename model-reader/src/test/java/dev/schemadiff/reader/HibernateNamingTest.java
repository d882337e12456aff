package dev.schemadiff.reader;

import static dev.schemadiff.reader.HibernateNaming.SNAKE_CASE_PHYSICAL;
import static dev.schemadiff.reader.HibernateNaming.STANDARD_PHYSICAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one reading of naming settings that the Maven plugin and the Spring Boot hook share. */
class HibernateNamingTest {
    private static final String CUSTOM = "com.example.PrefixedNamingStrategy";

    enum Source {
        SPRING(HibernateNaming::fromSpring), HIBERNATE(HibernateNaming::fromHibernate);

        final Function<Function<String, String>, HibernateNaming> read;

        Source(Function<Function<String, String>, HibernateNaming> read) {
            this.read = read;
        }
    }

    record Case(String name, Source source, Map<String, String> properties, HibernateNaming expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("Spring Boot's defaults", Source.SPRING, Map.of(),
                        new HibernateNaming(NamingMode.SPRING, null, false)),
                new Case("Hibernate's defaults", Source.HIBERNATE, Map.of(),
                        new HibernateNaming(NamingMode.JPA, null, false)),
                new Case("Spring Boot 3's CamelCaseToUnderscores is the mode's own snake_case", Source.SPRING,
                        Map.of("spring.jpa.hibernate.naming.physical-strategy",
                                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"),
                        new HibernateNaming(NamingMode.SPRING, null, false)),
                new Case("Spring Boot 2's SpringPhysicalNamingStrategy too", Source.SPRING,
                        Map.of("spring.jpa.hibernate.naming.physical-strategy",
                                "org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy"),
                        new HibernateNaming(NamingMode.SPRING, null, false)),
                new Case("names as written under Spring's implicit names", Source.SPRING,
                        Map.of("spring.jpa.hibernate.naming.physical-strategy", " " + STANDARD_PHYSICAL + " "),
                        new HibernateNaming(NamingMode.SPRING, STANDARD_PHYSICAL, false)),
                new Case("JPA-compliant implicit names keep Spring's snake_case physical names", Source.SPRING,
                        Map.of("spring.jpa.hibernate.naming.implicit-strategy", "jpa"),
                        new HibernateNaming(NamingMode.JPA, SNAKE_CASE_PHYSICAL, false)),
                new Case("spring.jpa.hibernate.naming wins over spring.jpa.properties", Source.SPRING,
                        Map.of("spring.jpa.properties.hibernate.physical_naming_strategy", "com.example.Other",
                                "spring.jpa.hibernate.naming.physical-strategy", CUSTOM),
                        new HibernateNaming(NamingMode.SPRING, CUSTOM, false)),
                new Case("a blank value is unset", Source.SPRING,
                        Map.of("spring.jpa.hibernate.naming.physical-strategy", " ",
                                "spring.jpa.properties.hibernate.physical_naming_strategy", CUSTOM),
                        new HibernateNaming(NamingMode.SPRING, CUSTOM, false)),
                new Case("global quoting through spring.jpa.properties", Source.SPRING,
                        Map.of("spring.jpa.properties.hibernate.globally_quoted_identifiers", "true"),
                        new HibernateNaming(NamingMode.SPRING, null, true)),
                new Case("Hibernate's key without Spring's prefix means nothing to Spring", Source.SPRING,
                        Map.of("hibernate.globally_quoted_identifiers", "true"),
                        new HibernateNaming(NamingMode.SPRING, null, false)),
                new Case("Spring's implicit strategy with Hibernate's physical default", Source.HIBERNATE,
                        Map.of("hibernate.implicit_naming_strategy",
                                "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy"),
                        new HibernateNaming(NamingMode.SPRING, STANDARD_PHYSICAL, false)),
                new Case("Hibernate with snake_case physical names and global quoting", Source.HIBERNATE,
                        Map.of("hibernate.physical_naming_strategy", SNAKE_CASE_PHYSICAL,
                                "hibernate.globally_quoted_identifiers", "TRUE"),
                        new HibernateNaming(NamingMode.JPA, SNAKE_CASE_PHYSICAL, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheNamingTheSettingsAskFor(Case testCase) {
        assertEquals(testCase.expected(), testCase.source().read.apply(testCase.properties()::get));
    }

    @Test
    void anImplicitStrategyWithoutAPredictionIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> HibernateNaming.fromHibernate(
                Map.of("hibernate.implicit_naming_strategy", "org.hibernate.boot.model.naming.ImplicitNamingStrategyLegacyHbmImpl")::get));

        assertEquals("the implicit naming strategy org.hibernate.boot.model.naming.ImplicitNamingStrategyLegacyHbmImpl"
                + " is not supported (schemadiff predicts Spring Boot's and Hibernate's JPA-compliant implicit names)",
                error.getMessage());
    }
}
