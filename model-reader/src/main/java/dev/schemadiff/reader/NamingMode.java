package dev.schemadiff.reader;

/** How entity and attribute names become table and column names. */
public enum NamingMode {
    /**
     * Spring Boot's defaults: {@code CamelCaseToUnderscoresNamingStrategy} (physical) and
     * {@code SpringImplicitNamingStrategy} (implicit), reimplemented without a Spring dependency.
     */
    SPRING,
    /** Hibernate's own defaults: names as written, JPA-compliant implicit names. */
    JPA
}
