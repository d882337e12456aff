package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;

/** A concrete TABLE_PER_CLASS root: its table exists, and its subclasses repeat its columns. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class Media {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @SequenceGenerator(name = "media_generator")
    private Long id;

    private String title;

    @jakarta.persistence.ManyToOne
    private Warehouse storedIn;
}
