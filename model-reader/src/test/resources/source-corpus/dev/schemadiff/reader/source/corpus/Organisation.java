package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Middle of the JOINED hierarchy, with a to-one of its own; deleting the party deletes the row. */
@Entity
@OnDelete(action = OnDeleteAction.CASCADE)
public class Organisation extends Party {
    private String registrationNumber;

    @ManyToOne
    private Warehouse headquarters;
}
