package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

/** Shares its primary key with its publisher through {@code @MapsId}. */
@Entity
public class PublisherProfile {
    @Id
    private String code;

    @OneToOne
    @MapsId
    private Publisher publisher;

    private String motto;
}
