package dev.schemadiff.reader.source.corpus;

import static jakarta.persistence.EnumType.STRING;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.math.BigDecimal;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Month;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Nationalized;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.YesNoConverter;

/** The remaining basic types, legacy temporals, built-in and custom converters, a JDK enum. */
@Entity
public class LegacyRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.AUTO)
    private Long id;

    private Year year;

    @Temporal(TemporalType.DATE)
    private Calendar birthday;

    @Temporal(TemporalType.TIME)
    private Date opensAt;

    private java.sql.Timestamp stampedAt;

    @Column(secondPrecision = 3)
    private OffsetTime closesAt;

    @JdbcTypeCode(SqlTypes.INTERVAL_SECOND)
    private Duration pause;

    private URL homepage;
    private Locale locale;
    private Currency currency;
    private ZoneId zone;
    private TimeZone timeZone;
    private byte[] digest;
    private char[] initials;
    private Long[] counters;

    @Nationalized
    @Column(length = 80)
    private String localName;

    @Lob
    private char[] notes;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> aliases;

    @Convert(converter = YesNoConverter.class)
    private boolean archived;

    @Convert(converter = NumericBooleanConverter.class)
    private Boolean flagged;

    @Convert(converter = OnOffConverter.class)
    private Boolean lit;

    private Rating rating;

    @Enumerated(STRING)
    @Column(length = 9)
    private DayOfWeek closedOn;

    private Month busiestMonth;

    @Column(precision = 9, scale = 3, nullable = false)
    private BigDecimal weight;

    @Column(precision = 10)
    private double ratio;
}
