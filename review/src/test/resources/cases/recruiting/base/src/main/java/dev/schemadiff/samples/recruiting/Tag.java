package dev.schemadiff.samples.recruiting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A label recruiters put on applications; its key is the label itself. */
@Entity
public class Tag {
    @Id
    @Column(length = 40)
    private String name;

    @Column(length = 7)
    private String color;
}
