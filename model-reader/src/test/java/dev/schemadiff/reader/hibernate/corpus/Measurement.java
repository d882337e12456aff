package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.UUID;

/** Every primitive and its wrapper, and the other basic types. */
@Entity
public class Measurement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    private byte tiny;
    private Byte tinyBoxed;
    private short small;
    private Short smallBoxed;
    private int count;
    private Integer countBoxed;
    private long big;
    private Long bigBoxed;

    @Column(name = "ratio",
            check = @CheckConstraint(name = "measurement_ratio_range", constraint = "ratio between 0 and 1"))
    private float ratio;

    private Float ratioBoxed;
    private double reading;
    private Double readingBoxed;
    private boolean flag;
    private Boolean flagBoxed;
    private char letter;
    private Character letterBoxed;
    private BigInteger huge;
    private BigDecimal exact;

    @Column(precision = 6)
    private BigDecimal wholeNumber;

    private UUID token;
    private LocalDate takenOn;
    private LocalDateTime takenAt;

    @Column(columnDefinition = "serial")
    private Integer runNumber;

    private Date legacyStamp;
}
