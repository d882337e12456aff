package dev.schemadiff.maven;

import dev.schemadiff.reader.HibernateNaming;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Finds the naming strategies an application configures, in its resource directories:
 * <ol>
 *   <li>Spring Boot's {@code application.properties}, {@code application.yml} or {@code application.yaml}
 *       (properties win over YAML, as in Spring Boot): {@code spring.jpa.hibernate.naming.physical-strategy}
 *       and {@code …implicit-strategy}, else {@code spring.jpa.properties.hibernate.physical_naming_strategy}
 *       and {@code …implicit_naming_strategy}, else Spring Boot's defaults; and
 *       {@code spring.jpa.properties.hibernate.globally_quoted_identifiers};</li>
 *   <li>else {@code META-INF/persistence.xml}: the {@code hibernate.physical_naming_strategy},
 *       {@code hibernate.implicit_naming_strategy} and {@code hibernate.globally_quoted_identifiers}
 *       properties of its first unit, else Hibernate's defaults.</li>
 * </ol>
 * Profile-specific files and documents ({@code application-prod.yml}, {@code on-profile}) are not read.
 * This class finds and parses the files; what the settings mean is {@link HibernateNaming}'s reading, the one the
 * Spring Boot hook uses too.
 */
final class NamingDetector {
    private static final List<String> SPRING_FILES = List.of("application.properties", "application.yml", "application.yaml");
    private static final String PERSISTENCE_XML = "META-INF/persistence.xml";

    private NamingDetector() {
    }

    /**
     * @param resourceDirectories the module's resource directories, in build order
     * @param displayBase         paths in messages are shown relative to it
     * @return the settings, or empty when the module has neither Spring Boot configuration nor persistence.xml
     * @throws IllegalArgumentException naming an unreadable file or a strategy schemadiff cannot predict
     */
    static Optional<NamingSettings> detect(List<Path> resourceDirectories, Path displayBase) {
        Map<String, String> springProperties = new HashMap<>();
        List<String> springFiles = new ArrayList<>();
        // Later files are merged under earlier ones: application.properties wins over application.yml.
        for (Path directory : resourceDirectories) {
            for (String name : SPRING_FILES) {
                Path file = directory.resolve(name);
                if (Files.isRegularFile(file)) {
                    readSpringFile(file).forEach(springProperties::putIfAbsent);
                    springFiles.add(displayBase.relativize(file).toString());
                }
            }
        }
        if (!springFiles.isEmpty()) {
            String origin = String.join(", ", springFiles);
            return Optional.of(settings(() -> HibernateNaming.fromSpring(key -> springProperties.get(relaxed(key))),
                    origin));
        }
        for (Path directory : resourceDirectories) {
            Path file = directory.resolve(PERSISTENCE_XML);
            if (Files.isRegularFile(file)) {
                Map<String, String> properties = readPersistenceUnitProperties(file);
                return Optional.of(settings(() -> HibernateNaming.fromHibernate(properties::get),
                        displayBase.relativize(file).toString()));
            }
        }
        return Optional.empty();
    }

    private static NamingSettings settings(Supplier<HibernateNaming> reading, String origin) {
        try {
            return new NamingSettings(reading.get(), origin);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage() + "; set <naming>spring</naming> or"
                    + " <naming>jpa</naming> in the plugin configuration if one of them gives the same names", e);
        }
    }

    /** Spring Boot's relaxed binding: case, '-' and '_' do not matter in a key. */
    private static String relaxed(String key) {
        return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    private static Map<String, String> readSpringFile(Path file) {
        Map<String, String> flat = new HashMap<>();
        try {
            if (file.getFileName().toString().endsWith(".properties")) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.stringPropertyNames().forEach(key -> flat.put(relaxed(key), properties.getProperty(key)));
                return flat;
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (Object document : new Yaml(new LoaderOptions()).loadAll(reader)) {
                    Map<String, String> documentProperties = new LinkedHashMap<>();
                    flatten("", document, documentProperties);
                    boolean profileSpecific = documentProperties.containsKey(relaxed("spring.config.activate.on-profile"))
                            || documentProperties.containsKey(relaxed("spring.profiles"));
                    if (!profileSpecific) {
                        // as in Spring Boot, a later document overrides an earlier one
                        flat.putAll(documentProperties);
                    }
                }
            }
            return flat;
        } catch (IOException | YAMLException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + firstLine(e.getMessage())
                    + "; fix the file or set <naming> in the plugin configuration", e);
        }
    }

    private static void flatten(String prefix, Object node, Map<String, String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, into));
        } else if (node != null && !(node instanceof List<?>)) {
            into.put(relaxed(prefix), String.valueOf(node));
        }
    }

    private static Map<String, String> readPersistenceUnitProperties(Path file) {
        Map<String, String> properties = new HashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            NodeList units = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "persistence-unit");
            if (units.getLength() == 0) {
                return properties;
            }
            NodeList elements = ((Element) units.item(0)).getElementsByTagNameNS("*", "property");
            for (int i = 0; i < elements.getLength(); i++) {
                Element property = (Element) elements.item(i);
                properties.put(property.getAttribute("name"), property.getAttribute("value"));
            }
            return properties;
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + firstLine(e.getMessage())
                    + "; fix the file or set <naming> in the plugin configuration", e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "(no message)" : message.lines().findFirst().orElse("").strip();
    }
}
