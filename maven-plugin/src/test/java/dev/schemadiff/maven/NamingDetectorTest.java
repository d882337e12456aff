package dev.schemadiff.maven;

import static dev.schemadiff.reader.HibernateNaming.SNAKE_CASE_PHYSICAL;
import static dev.schemadiff.reader.HibernateNaming.STANDARD_PHYSICAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.reader.NamingMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NamingDetectorTest {
    private static final String RESOURCES = "src/main/resources/";
    private static final String PROPERTIES = RESOURCES + "application.properties";
    private static final String YAML = RESOURCES + "application.yml";
    private static final String PERSISTENCE_XML = RESOURCES + "META-INF/persistence.xml";
    private static final String CUSTOM = "com.example.PrefixedNamingStrategy";

    record Case(String name, Map<String, String> files, Optional<NamingSettings> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("no configuration: the plugin's default applies", Map.of(), Optional.empty()),
                new Case("Spring Boot without naming settings: Spring's defaults",
                        Map.of(PROPERTIES, "spring.datasource.url=jdbc:postgresql://localhost/app\n"),
                        spring(null, PROPERTIES)),
                new Case("Spring Boot 3's CamelCaseToUnderscores is the snake_case default",
                        Map.of(PROPERTIES, "spring.jpa.hibernate.naming.physical-strategy="
                                + "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy\n"),
                        spring(null, PROPERTIES)),
                new Case("names as written under Spring's implicit names",
                        Map.of(PROPERTIES, "spring.jpa.hibernate.naming.physical-strategy=" + STANDARD_PHYSICAL + "\n"),
                        spring(STANDARD_PHYSICAL, PROPERTIES)),
                new Case("relaxed binding: camelCase key",
                        Map.of(PROPERTIES, "spring.jpa.hibernate.naming.physicalStrategy=" + CUSTOM + "\n"),
                        spring(CUSTOM, PROPERTIES)),
                new Case("YAML: JPA-compliant implicit names keep Spring's snake_case physical names",
                        Map.of(YAML, """
                                spring:
                                  jpa:
                                    hibernate:
                                      naming:
                                        implicit-strategy: org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl
                                """),
                        Optional.of(new NamingSettings(NamingMode.JPA, SNAKE_CASE_PHYSICAL, YAML))),
                new Case("YAML: a profile's document is not the default configuration",
                        Map.of(YAML, """
                                spring.jpa.hibernate.naming.physical-strategy: %s
                                ---
                                spring:
                                  config.activate.on-profile: legacy
                                  jpa.hibernate.naming.physical-strategy: com.example.Legacy
                                """.formatted(CUSTOM)),
                        spring(CUSTOM, YAML)),
                new Case("application.properties wins over application.yml",
                        Map.of(PROPERTIES, "spring.jpa.hibernate.naming.physical-strategy=" + CUSTOM + "\n",
                                YAML, "spring.jpa.hibernate.naming.physical-strategy: com.example.Other\n"),
                        spring(CUSTOM, PROPERTIES + ", " + YAML)),
                new Case("Hibernate's own property through spring.jpa.properties",
                        Map.of(PROPERTIES, "spring.jpa.properties.hibernate.physical_naming_strategy=" + CUSTOM + "\n"),
                        spring(CUSTOM, PROPERTIES)),
                new Case("spring.jpa.hibernate.naming wins over spring.jpa.properties",
                        Map.of(PROPERTIES, "spring.jpa.properties.hibernate.physical_naming_strategy=com.example.Other\n"
                                + "spring.jpa.hibernate.naming.physical-strategy=" + CUSTOM + "\n"),
                        spring(CUSTOM, PROPERTIES)),
                new Case("persistence.xml without naming properties: Hibernate's defaults",
                        Map.of(PERSISTENCE_XML, persistenceXml("")),
                        Optional.of(new NamingSettings(NamingMode.JPA, null, PERSISTENCE_XML))),
                new Case("persistence.xml with snake_case physical names",
                        Map.of(PERSISTENCE_XML, persistenceXml(property("hibernate.physical_naming_strategy",
                                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"))),
                        Optional.of(new NamingSettings(NamingMode.JPA, SNAKE_CASE_PHYSICAL, PERSISTENCE_XML))),
                new Case("persistence.xml with Spring's implicit strategy and Hibernate's physical default",
                        Map.of(PERSISTENCE_XML, persistenceXml(property("hibernate.implicit_naming_strategy",
                                "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy"))),
                        Optional.of(new NamingSettings(NamingMode.SPRING, STANDARD_PHYSICAL, PERSISTENCE_XML))),
                new Case("globally quoted identifiers through spring.jpa.properties, YAML",
                        Map.of(YAML, "spring.jpa.properties.hibernate.globally_quoted_identifiers: true\n"),
                        Optional.of(new NamingSettings(NamingMode.SPRING, null, YAML, true))),
                new Case("globally quoted identifiers in persistence.xml",
                        Map.of(PERSISTENCE_XML, persistenceXml(property("hibernate.globally_quoted_identifiers", "true"))),
                        Optional.of(new NamingSettings(NamingMode.JPA, null, PERSISTENCE_XML, true))),
                new Case("globally quoted identifiers set false",
                        Map.of(PROPERTIES, "spring.jpa.properties.hibernate.globally_quoted_identifiers=false\n"),
                        spring(null, PROPERTIES)),
                new Case("Spring Boot configuration wins over persistence.xml",
                        Map.of(PROPERTIES, "spring.application.name=app\n", PERSISTENCE_XML, persistenceXml("")),
                        spring(null, PROPERTIES)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void detectsTheNamingTheApplicationConfigures(Case testCase, @TempDir Path project) throws IOException {
        write(project, testCase.files());

        assertEquals(testCase.expected(), NamingDetector.detect(List.of(project.resolve(RESOURCES)), project));
    }

    @Test
    void anImplicitStrategyWithoutAPredictionIsAnErrorThatSaysWhatToSet(@TempDir Path project) throws IOException {
        write(project, Map.of(PROPERTIES, "spring.jpa.hibernate.naming.implicit-strategy="
                + "org.hibernate.boot.model.naming.ImplicitNamingStrategyLegacyHbmImpl\n"));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> NamingDetector.detect(List.of(project.resolve(RESOURCES)), project));

        assertTrue(error.getMessage().startsWith(PROPERTIES + ": the implicit naming strategy org.hibernate.boot.model."
                + "naming.ImplicitNamingStrategyLegacyHbmImpl is not supported"), error.getMessage());
        assertTrue(error.getMessage().contains("<naming>jpa</naming>"), error.getMessage());
    }

    @Test
    void aBrokenYamlFileIsNamed(@TempDir Path project) throws IOException {
        write(project, Map.of(YAML, "spring:\n  jpa: [unclosed\n"));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> NamingDetector.detect(List.of(project.resolve(RESOURCES)), project));

        assertTrue(error.getMessage().startsWith("cannot read " + project.resolve(YAML)), error.getMessage());
        assertEquals(1, error.getMessage().lines().count());
    }

    @Test
    void theSettingsBecomeCliOptions() {
        assertEquals(List.of("--naming", "spring"), new NamingSettings(NamingMode.SPRING, null, PROPERTIES).cliArguments());
        assertEquals(List.of("--naming", "jpa", "--naming-strategy", SNAKE_CASE_PHYSICAL),
                new NamingSettings(NamingMode.JPA, SNAKE_CASE_PHYSICAL, PROPERTIES).cliArguments());
        assertEquals(List.of("--naming", "spring", "--quote-all"),
                new NamingSettings(NamingMode.SPRING, null, PROPERTIES, true).cliArguments());
    }

    private static Optional<NamingSettings> spring(String physical, String origin) {
        return Optional.of(new NamingSettings(NamingMode.SPRING, physical, origin));
    }

    private static String persistenceXml(String properties) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                  <persistence-unit name="app">
                    <properties>%s</properties>
                  </persistence-unit>
                </persistence>
                """.formatted(properties);
    }

    private static String property(String name, String value) {
        return "<property name=\"" + name + "\" value=\"" + value + "\"/>";
    }

    private static void write(Path project, Map<String, String> files) throws IOException {
        Files.createDirectories(project.resolve(RESOURCES));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = project.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
    }
}
