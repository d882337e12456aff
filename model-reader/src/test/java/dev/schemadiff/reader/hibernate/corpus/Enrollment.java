package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A composite key through {@code @IdClass}. */
@Entity
@IdClass(EnrollmentId.class)
public class Enrollment {
    @Id
    private Long studentId;

    @Id
    @Column(length = 12)
    private String courseCode;

    private LocalDate enrolledOn;

    @Column(precision = 5, scale = 2)
    private BigDecimal grade;
}
