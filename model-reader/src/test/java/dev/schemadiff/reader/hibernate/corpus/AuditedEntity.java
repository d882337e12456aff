package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDateTime;

/** Middle of a {@code @MappedSuperclass} chain. */
@MappedSuperclass
public abstract class AuditedEntity extends VersionedEntity {
    private Instant createdAt;

    @Column(nullable = false)
    private LocalDateTime updatedAt;
}
