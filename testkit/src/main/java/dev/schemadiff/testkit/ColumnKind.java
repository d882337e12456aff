package dev.schemadiff.testkit;

import java.util.List;

/**
 * The basic (single column) attribute types the generated entities use: every Java type Hibernate maps
 * to its own PostgreSQL column type, plus the mapping annotations that change the column.
 */
enum ColumnKind {
    STRING(type("String").length().unique().indexed().defaultValue("'n/a'")
            .names("Name", "Code", "Label", "Reference")),
    TEXT(type("String").textDefinition().defaultValue("''").names("Text", "Notes", "Summary")),
    LOB_STRING(type("String").annotated("@Lob", "jakarta.persistence.Lob").names("Document", "Transcript")),
    INT(type("int").primitive().indexed().defaultValue("0").names("Count", "Total", "Number")),
    INTEGER(type("Integer").unique().indexed().defaultValue("0").names("Count", "Total", "Number")),
    LONG(type("long").primitive().indexed().defaultValue("0").names("Sum", "Volume", "Tally")),
    LONG_WRAPPER(type("Long").unique().indexed().names("Sum", "Volume", "Tally")),
    SHORT(type("short").primitive().defaultValue("0").names("Level", "Rank", "Slot")),
    SHORT_WRAPPER(type("Short").names("Level", "Rank", "Slot")),
    BYTE(type("byte").primitive().names("Tier", "Step")),
    BYTE_WRAPPER(type("Byte").names("Tier", "Step")),
    DOUBLE(type("double").primitive().defaultValue("0").names("Ratio", "Weight", "Score")),
    DOUBLE_WRAPPER(type("Double").names("Ratio", "Weight", "Score")),
    FLOAT(type("float").primitive().names("Factor", "Share")),
    FLOAT_WRAPPER(type("Float").names("Factor", "Share")),
    BOOLEAN(type("boolean").primitive().indexed().defaultValue("false").names("Enabled", "Active", "Visible")),
    BOOLEAN_WRAPPER(type("Boolean").defaultValue("true").names("Enabled", "Active", "Visible")),
    CHAR(type("char").primitive().names("Initial", "Marker")),
    CHARACTER(type("Character").names("Initial", "Marker")),
    DECIMAL(type("BigDecimal", "java.math.BigDecimal").precision().indexed().defaultValue("0")
            .names("Amount", "Price", "Balance")),
    BIG_INTEGER(type("BigInteger", "java.math.BigInteger").names("Serial", "Checksum")),
    LOCAL_DATE(type("LocalDate", "java.time.LocalDate").indexed().defaultValue("CURRENT_DATE").names("Date", "Day")),
    LOCAL_DATE_TIME(type("LocalDateTime", "java.time.LocalDateTime").indexed().defaultValue("LOCALTIMESTAMP")
            .names("Time", "Moment")),
    LOCAL_TIME(type("LocalTime", "java.time.LocalTime").names("Hour", "Clock")),
    INSTANT(type("Instant", "java.time.Instant").indexed().defaultValue("CURRENT_TIMESTAMP").names("At", "Stamp")),
    OFFSET_DATE_TIME(type("OffsetDateTime", "java.time.OffsetDateTime").defaultValue("CURRENT_TIMESTAMP")
            .names("Deadline", "Cutoff")),
    DURATION(type("Duration", "java.time.Duration").names("Duration", "Timeout", "Window")),
    UUID(type("UUID", "java.util.UUID").unique().indexed().defaultValue("gen_random_uuid()").names("Uuid", "Token")),
    BYTES(type("byte[]").names("Digest", "Image", "Signature")),
    STATUS(type("Status").annotated("@Enumerated(EnumType.STRING)", "jakarta.persistence.EnumType",
            "jakarta.persistence.Enumerated").indexed().defaultValue("'DRAFT'").names("Status", "State")),
    PRIORITY(type("Priority").annotated("@Enumerated(EnumType.ORDINAL)", "jakarta.persistence.EnumType",
            "jakarta.persistence.Enumerated").defaultValue("0").names("Priority", "Urgency")),
    JSON_MAP(type("Map<String, Object>", "java.util.Map").annotated("@JdbcTypeCode(SqlTypes.JSON)",
            "org.hibernate.annotations.JdbcTypeCode", "org.hibernate.type.SqlTypes").names("Payload", "Attributes")),
    JSON_STRING(type("String").annotated("@JdbcTypeCode(SqlTypes.JSON)", "org.hibernate.annotations.JdbcTypeCode",
            "org.hibernate.type.SqlTypes").defaultValue("'{}'").names("Json", "Snapshot")),
    STRING_ARRAY(type("String[]").names("Tags", "Aliases")),
    STRING_LIST_ARRAY(type("List<String>", "java.util.List").annotated("@JdbcTypeCode(SqlTypes.ARRAY)",
            "org.hibernate.annotations.JdbcTypeCode", "org.hibernate.type.SqlTypes").names("Keywords", "Labels")),
    CONVERTED_BOOLEAN(type("Boolean").annotated("@Convert(converter = YesNoConverter.class)",
            "jakarta.persistence.Convert").defaultValue("'N'").names("Approved", "Confirmed"));

    /** How a kind's {@code @Column} is sized. */
    enum Size { NONE, LENGTH, PRECISION_SCALE, TEXT_DEFINITION }

    private final Spec spec;

    ColumnKind(Spec spec) {
        this.spec = spec;
    }

    String javaType() {
        return spec.javaType;
    }

    /** The import the Java type needs, or an empty list for {@code java.lang} and {@code gen.model} types. */
    List<String> typeImports() {
        return spec.typeImports;
    }

    Size size() {
        return spec.size;
    }

    /** A mapping annotation the kind always carries (e.g. {@code @Lob}), or null. */
    String annotation() {
        return spec.annotation;
    }

    List<String> annotationImports() {
        return spec.annotationImports;
    }

    List<String> nameSuffixes() {
        return spec.nameSuffixes;
    }

    /** A PostgreSQL expression valid for the column type, for {@code @ColumnDefault}; null when none fits. */
    String defaultValue() {
        return spec.defaultValue;
    }

    /** A Java primitive: Hibernate makes its column NOT NULL, so it cannot live in a single-table subclass. */
    boolean primitive() {
        return spec.primitive;
    }

    boolean uniqueAllowed() {
        return spec.unique;
    }

    /** Has a plain btree-indexable column type (no JSON, LOB, array or binary). */
    boolean indexable() {
        return spec.indexed;
    }

    private static Spec type(String javaType, String... typeImports) {
        return new Spec(javaType, List.of(typeImports));
    }

    /** A small builder that keeps the constant table above readable. */
    private static final class Spec {
        private final String javaType;
        private final List<String> typeImports;
        private Size size = Size.NONE;
        private String annotation;
        private List<String> annotationImports = List.of();
        private List<String> nameSuffixes = List.of();
        private String defaultValue;
        private boolean primitive;
        private boolean unique;
        private boolean indexed;

        private Spec(String javaType, List<String> typeImports) {
            this.javaType = javaType;
            this.typeImports = typeImports;
        }

        Spec length() {
            size = Size.LENGTH;
            return this;
        }

        Spec precision() {
            size = Size.PRECISION_SCALE;
            return this;
        }

        Spec textDefinition() {
            size = Size.TEXT_DEFINITION;
            return this;
        }

        Spec annotated(String annotation, String... imports) {
            this.annotation = annotation;
            this.annotationImports = List.of(imports);
            return this;
        }

        Spec names(String... suffixes) {
            nameSuffixes = List.of(suffixes);
            return this;
        }

        Spec defaultValue(String expression) {
            defaultValue = expression;
            return this;
        }

        Spec primitive() {
            primitive = true;
            return this;
        }

        Spec unique() {
            unique = true;
            return this;
        }

        Spec indexed() {
            indexed = true;
            return this;
        }
    }
}
