package dev.schemadiff.testkit;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fixed, non-entity classes every generated model contains: the enums, the attribute converter, the
 * embeddables (one nested in the other) and the mapped superclasses (one generic) the entities use.
 */
final class SupportTypes {
    /** Simple class name to source, sorted by name so the write order never varies. */
    static final SortedMap<String, String> SOURCES = new TreeMap<>(Map.of(
            "Status", """
                    package gen.model;

                    /** Lifecycle of a generated entity; mapped by name. */
                    public enum Status {
                        DRAFT, ACTIVE, SUSPENDED, CLOSED
                    }
                    """,
            "Priority", """
                    package gen.model;

                    /** Urgency of a generated entity; mapped by ordinal. */
                    public enum Priority {
                        LOW, MEDIUM, HIGH, URGENT
                    }
                    """,
            "YesNoConverter", """
                    package gen.model;

                    import jakarta.persistence.AttributeConverter;
                    import jakarta.persistence.Converter;

                    /** Stores a Boolean as {@code Y} or {@code N}. */
                    @Converter
                    public class YesNoConverter implements AttributeConverter<Boolean, String> {
                        @Override
                        public String convertToDatabaseColumn(Boolean value) {
                            return value == null ? null : value ? "Y" : "N";
                        }

                        @Override
                        public Boolean convertToEntityAttribute(String column) {
                            return column == null ? null : column.equals("Y");
                        }
                    }
                    """,
            "GeoPoint", """
                    package gen.model;

                    import jakarta.persistence.Embeddable;

                    /** A map position; nested inside {@link Address}. */
                    @Embeddable
                    public class GeoPoint {
                        private Double latitude;

                        private Double longitude;
                    }
                    """,
            "Address", """
                    package gen.model;

                    import jakarta.persistence.Column;
                    import jakarta.persistence.Embeddable;
                    import jakarta.persistence.Embedded;

                    /** A postal address with its map position. */
                    @Embeddable
                    public class Address {
                        @Column(length = 120)
                        private String street;

                        @Column(length = 80)
                        private String city;

                        @Column(length = 16)
                        private String postalCode;

                        @Embedded
                        private GeoPoint location;
                    }
                    """,
            "AuditedEntity", """
                    package gen.model;

                    import jakarta.persistence.Column;
                    import jakarta.persistence.MappedSuperclass;
                    import java.time.Instant;

                    /** Audit columns shared by many generated entities. */
                    @MappedSuperclass
                    public abstract class AuditedEntity {
                        @Column(nullable = false)
                        private Instant createdAt;

                        private Instant updatedAt;

                        @Column(length = 64)
                        private String createdBy;
                    }
                    """,
            "RevisionedEntity", """
                    package gen.model;

                    import jakarta.persistence.MappedSuperclass;

                    /** Audit columns plus a revision whose type each entity chooses. */
                    @MappedSuperclass
                    public abstract class RevisionedEntity<R extends Comparable<R>> extends AuditedEntity {
                        private R revision;
                    }
                    """));

    private SupportTypes() {
    }
}
