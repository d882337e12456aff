package dev.schemadiff.reader.source;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The PostgreSQL column type Hibernate's {@code PostgreSQLDialect} writes for a basic Java type, spelled as
 * Hibernate spells it ({@code varchar(255)}, {@code float(53)}, {@code timestamp(6) with time zone}); the
 * schema model canonicalizes the spelling afterwards. Covers the Java types Hibernate maps by default, the
 * JDBC type codes of {@code @JdbcTypeCode} entities use, {@code @Lob}, {@code @Temporal}, enums and basic
 * arrays.
 */
final class ColumnTypes {
    /** {@code Dialect.LOG_BASE2OF10}: decimal precision to binary precision for floating point types. */
    private static final double LOG_BASE2OF10 = Math.log(10) / Math.log(2);
    /** {@code PostgreSQLDialect.getMaxVarcharLength()}: longer strings become {@code text}. */
    private static final long MAX_VARCHAR_LENGTH = 10_485_760;
    private static final long DEFAULT_LENGTH = 255;

    /** What a type is to Hibernate's check constraints and to collection keys. */
    enum Category { STRING, INTEGER, BOOLEAN, LOB, OTHER }

    /**
     * A column type.
     *
     * @param ddl      the type as Hibernate writes it
     * @param category what its JDBC type is
     */
    record SqlType(String ddl, Category category) {
    }

    /**
     * The sizes {@code @Column} (or {@code @MapKeyColumn}, {@code @OrderColumn}) gives; {@code null} or 0
     * means not given.
     */
    record Size(Long length, Integer precision, Integer scale, Integer secondPrecision) {
        static final Size NONE = new Size(null, null, null, null);

        long lengthOr(long fallback) {
            return length == null ? fallback : length;
        }

        boolean hasPrecision() {
            return precision != null && precision > 0;
        }
    }

    /** The JDBC type codes of {@code org.hibernate.type.SqlTypes} that entities write in {@code @JdbcTypeCode}. */
    static final class Codes {
        static final int BIT = -7;
        static final int TINYINT = -6;
        static final int SMALLINT = 5;
        static final int INTEGER = 4;
        static final int BIGINT = -5;
        static final int FLOAT = 6;
        static final int REAL = 7;
        static final int DOUBLE = 8;
        static final int NUMERIC = 2;
        static final int DECIMAL = 3;
        static final int CHAR = 1;
        static final int VARCHAR = 12;
        static final int LONGVARCHAR = -1;
        static final int LONG32VARCHAR = 4001;
        static final int NCHAR = -15;
        static final int NVARCHAR = -9;
        static final int LONGNVARCHAR = -16;
        static final int LONG32NVARCHAR = 4002;
        static final int DATE = 91;
        static final int TIME = 92;
        static final int TIMESTAMP = 93;
        static final int TIMESTAMP_WITH_TIMEZONE = 2014;
        static final int TIMESTAMP_UTC = 3003;
        static final int BINARY = -2;
        static final int VARBINARY = -3;
        static final int LONGVARBINARY = -4;
        static final int LONG32VARBINARY = 4003;
        static final int BLOB = 2004;
        static final int CLOB = 2005;
        static final int NCLOB = 2011;
        static final int BOOLEAN = 16;
        static final int ARRAY = 2003;
        static final int UUID = 3000;
        static final int JSON = 3001;
        static final int INET = 3002;
        static final int SQLXML = 2009;
        static final int INTERVAL_SECOND = 3100;

        private Codes() {
        }
    }

    /** The default JDBC type of the Java types Hibernate maps without further mapping information. */
    private static final Map<String, Integer> DEFAULT_CODES = Map.ofEntries(
            Map.entry("boolean", Codes.BOOLEAN), Map.entry("java.lang.Boolean", Codes.BOOLEAN),
            Map.entry("byte", Codes.TINYINT), Map.entry("java.lang.Byte", Codes.TINYINT),
            Map.entry("short", Codes.SMALLINT), Map.entry("java.lang.Short", Codes.SMALLINT),
            Map.entry("int", Codes.INTEGER), Map.entry("java.lang.Integer", Codes.INTEGER),
            Map.entry("long", Codes.BIGINT), Map.entry("java.lang.Long", Codes.BIGINT),
            Map.entry("float", Codes.FLOAT), Map.entry("java.lang.Float", Codes.FLOAT),
            Map.entry("double", Codes.DOUBLE), Map.entry("java.lang.Double", Codes.DOUBLE),
            Map.entry("char", Codes.CHAR), Map.entry("java.lang.Character", Codes.CHAR),
            Map.entry("java.lang.String", Codes.VARCHAR),
            Map.entry("java.math.BigDecimal", Codes.NUMERIC), Map.entry("java.math.BigInteger", Codes.NUMERIC),
            Map.entry("java.util.UUID", Codes.UUID),
            Map.entry("java.time.LocalDate", Codes.DATE), Map.entry("java.sql.Date", Codes.DATE),
            Map.entry("java.time.LocalTime", Codes.TIME), Map.entry("java.sql.Time", Codes.TIME),
            Map.entry("java.time.OffsetTime", Codes.TIME),
            Map.entry("java.time.LocalDateTime", Codes.TIMESTAMP), Map.entry("java.sql.Timestamp", Codes.TIMESTAMP),
            Map.entry("java.util.Date", Codes.TIMESTAMP), Map.entry("java.util.Calendar", Codes.TIMESTAMP),
            Map.entry("java.util.GregorianCalendar", Codes.TIMESTAMP),
            Map.entry("java.time.Instant", Codes.TIMESTAMP_UTC),
            Map.entry("java.time.OffsetDateTime", Codes.TIMESTAMP_WITH_TIMEZONE),
            Map.entry("java.time.ZonedDateTime", Codes.TIMESTAMP_WITH_TIMEZONE),
            Map.entry("java.time.Duration", Codes.NUMERIC),
            Map.entry("java.time.Year", Codes.INTEGER),
            Map.entry("java.time.ZoneOffset", Codes.VARCHAR), Map.entry("java.time.ZoneId", Codes.VARCHAR),
            Map.entry("java.util.TimeZone", Codes.VARCHAR), Map.entry("java.util.Locale", Codes.VARCHAR),
            Map.entry("java.util.Currency", Codes.VARCHAR), Map.entry("java.net.URL", Codes.VARCHAR),
            Map.entry("java.lang.Class", Codes.VARCHAR),
            Map.entry("java.net.InetAddress", Codes.INET),
            Map.entry("java.sql.Blob", Codes.BLOB), Map.entry("java.sql.Clob", Codes.CLOB),
            Map.entry("java.sql.NClob", Codes.NCLOB),
            Map.entry("byte[]", Codes.VARBINARY), Map.entry("char[]", Codes.VARCHAR));

    /** Default lengths other than 255 ({@code JavaType.getDefaultSqlLength}). */
    private static final Map<String, Long> DEFAULT_LENGTHS = Map.of(
            "char", 1L, "java.lang.Character", 1L, "java.time.ZoneOffset", 6L, "java.util.Currency", 3L,
            "java.util.UUID", 36L);

    private static final Set<String> TEMPORALS_WITH_LEGACY_TEMPORAL_TYPE =
            Set.of("java.util.Date", "java.util.Calendar", "java.util.GregorianCalendar");

    private ColumnTypes() {
    }

    /** Whether Hibernate maps {@code javaType} as a basic value by itself (not as an embeddable or entity). */
    static boolean isBasic(TypeRef javaType) {
        return DEFAULT_CODES.containsKey(key(javaType));
    }

    /**
     * The column type of a basic attribute.
     *
     * @param javaType     the attribute's Java type (after any converter: the converter's database type)
     * @param jdbcTypeCode the code of {@code @JdbcTypeCode}, or {@code null}
     * @param lob          whether {@code @Lob} is present
     * @param temporalType {@code @Temporal}'s constant name ({@code DATE}, {@code TIME}, {@code TIMESTAMP}) or ""
     * @return empty when Hibernate has no default mapping for the type
     */
    static Optional<SqlType> basic(TypeRef javaType, Integer jdbcTypeCode, boolean lob, String temporalType, Size size) {
        String key = key(javaType);
        Integer code = jdbcTypeCode;
        if (code == null && lob) {
            code = key.equals("java.lang.String") || key.equals("char[]") || key.equals("java.lang.Character[]")
                    ? Codes.CLOB : Codes.BLOB;
        }
        if (code == null && TEMPORALS_WITH_LEGACY_TEMPORAL_TYPE.contains(key) && !temporalType.isEmpty()) {
            code = switch (temporalType) {
                case "DATE" -> Codes.DATE;
                case "TIME" -> Codes.TIME;
                default -> Codes.TIMESTAMP;
            };
        }
        if (code == null) {
            code = DEFAULT_CODES.get(key);
        }
        if ((code == null || code == Codes.ARRAY) && javaType.isArray()) {
            return element(javaType.component(), size).map(element -> new SqlType(element.ddl() + " array", Category.OTHER));
        }
        if (code == null) {
            return Optional.empty();
        }
        return Optional.of(ofCode(code, key, size));
    }

    /** The element type of a basic array or of a collection mapped as {@code ARRAY}. */
    static Optional<SqlType> element(TypeRef elementType, Size size) {
        if (elementType.is("java.lang.Byte")) {
            return Optional.of(new SqlType("smallint", Category.INTEGER)); // Byte[] is an array, not binary
        }
        Integer code = DEFAULT_CODES.get(key(elementType));
        return code == null ? Optional.empty() : Optional.of(ofCode(code, key(elementType), size));
    }

    /** The type of JDBC type {@code code} for a value of Java type {@code javaKey} ({@link #key}). */
    static SqlType ofCode(int code, String javaKey, Size size) {
        long defaultLength = DEFAULT_LENGTHS.getOrDefault(javaKey, DEFAULT_LENGTH);
        return switch (code) {
            case Codes.BOOLEAN, Codes.BIT -> new SqlType("boolean", Category.BOOLEAN);
            case Codes.TINYINT, Codes.SMALLINT -> new SqlType("smallint", Category.INTEGER);
            case Codes.INTEGER -> new SqlType("integer", Category.INTEGER);
            case Codes.BIGINT -> new SqlType("bigint", Category.INTEGER);
            case Codes.FLOAT, Codes.REAL -> floating(size, 24);
            case Codes.DOUBLE -> floating(size, 53);
            case Codes.NUMERIC, Codes.DECIMAL -> numeric(javaKey, size);
            case Codes.CHAR, Codes.NCHAR -> new SqlType("char(" + size.lengthOr(defaultLength) + ")", Category.STRING);
            case Codes.VARCHAR, Codes.NVARCHAR -> varchar(size.lengthOr(defaultLength));
            case Codes.LONGVARCHAR, Codes.LONG32VARCHAR, Codes.LONGNVARCHAR, Codes.LONG32NVARCHAR ->
                    new SqlType("text", Category.STRING);
            case Codes.DATE -> new SqlType("date", Category.OTHER);
            case Codes.TIME -> new SqlType("time(" + secondPrecision(size, 0) + ")", Category.OTHER);
            case Codes.TIMESTAMP -> new SqlType("timestamp(" + secondPrecision(size, 6) + ")", Category.OTHER);
            case Codes.TIMESTAMP_WITH_TIMEZONE, Codes.TIMESTAMP_UTC ->
                    new SqlType("timestamp(" + secondPrecision(size, 6) + ") with time zone", Category.OTHER);
            case Codes.BINARY, Codes.VARBINARY, Codes.LONGVARBINARY, Codes.LONG32VARBINARY ->
                    new SqlType("bytea", Category.OTHER);
            case Codes.BLOB, Codes.CLOB, Codes.NCLOB -> new SqlType("oid", Category.LOB);
            case Codes.UUID -> new SqlType("uuid", Category.OTHER);
            case Codes.JSON -> new SqlType("jsonb", Category.OTHER);
            case Codes.SQLXML -> new SqlType("xml", Category.OTHER);
            case Codes.INET -> new SqlType("inet", Category.OTHER);
            case Codes.INTERVAL_SECOND -> new SqlType("interval second(" + secondPrecision(size, 6) + ")", Category.OTHER);
            default -> throw new IllegalArgumentException("JDBC type code " + code);
        };
    }

    /** Whether {@link #ofCode} knows {@code code}. */
    static boolean isKnownCode(int code) {
        try {
            ofCode(code, "java.lang.Object", Size.NONE);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The enum column: a name ({@code STRING}) or an ordinal. */
    static SqlType enumerated(boolean byName, Size size) {
        return byName ? varchar(size.lengthOr(DEFAULT_LENGTH)) : new SqlType("smallint", Category.INTEGER);
    }

    private static SqlType varchar(long length) {
        return new SqlType(length > MAX_VARCHAR_LENGTH ? "text" : "varchar(" + length + ")", Category.STRING);
    }

    /** A decimal precision given for a floating point column becomes a binary one, {@code float4} up to 24. */
    private static SqlType floating(Size size, int defaultBinaryPrecision) {
        int binary = size.hasPrecision() ? (int) Math.ceil(size.precision() * LOG_BASE2OF10) : defaultBinaryPrecision;
        return new SqlType(binary <= 24 ? "float4" : "float(" + binary + ")", Category.OTHER);
    }

    private static SqlType numeric(String javaKey, Size size) {
        if (size.hasPrecision()) {
            return new SqlType("numeric(" + size.precision() + "," + (size.scale() == null ? 0 : size.scale()) + ")",
                    Category.OTHER);
        }
        String defaults = switch (javaKey) {
            case "java.math.BigInteger" -> "38,0";
            case "java.time.Duration" -> "21,0";
            default -> "38,2";
        };
        return new SqlType("numeric(" + defaults + ")", Category.OTHER);
    }

    private static int secondPrecision(Size size, int fallback) {
        return size.secondPrecision() == null || size.secondPrecision() < 0 ? fallback : size.secondPrecision();
    }

    /** {@code java.lang.String}, {@code int}, {@code byte[]}: the lookup key of a type. */
    static String key(TypeRef type) {
        return type.name() + "[]".repeat(type.dimensions());
    }
}
