package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/** An embeddable collection element. */
@Embeddable
public class Phone {
    @Column(length = 20, nullable = false)
    private String number;

    @Convert(converter = YesNoConverter.class)
    private Boolean mobile;
}
