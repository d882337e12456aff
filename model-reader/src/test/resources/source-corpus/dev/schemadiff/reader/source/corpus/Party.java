package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** Root of a three-level JOINED hierarchy. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Party {
    @Id
    @GeneratedValue
    private Long id;

    private String displayName;
}
