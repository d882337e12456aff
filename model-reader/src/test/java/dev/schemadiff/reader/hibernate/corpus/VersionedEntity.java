package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** Top of a {@code @MappedSuperclass} chain. */
@MappedSuperclass
public abstract class VersionedEntity {
    @Version
    private int version;
}
