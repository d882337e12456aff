package dev.schemadiff.reader.hibernate.quoted;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** Reserved words as embedded column names. */
@Embeddable
public class Period {
    @Column(name = "from")
    private LocalDate from;

    @Column(name = "to")
    private LocalDate to;
}
