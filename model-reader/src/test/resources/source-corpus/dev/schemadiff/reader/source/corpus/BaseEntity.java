package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;

/** A generic mapped superclass: each entity binds the id type. */
@MappedSuperclass
public abstract class BaseEntity<K extends Serializable> {
    @Id
    private K id;

    @Column(name = "created_by", length = 40)
    private String createdBy;
}
