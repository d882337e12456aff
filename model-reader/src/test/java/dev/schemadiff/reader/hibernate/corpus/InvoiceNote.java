package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.util.UUID;

/** A UUID id with AUTO, large objects, a columnDefinition. */
@Entity
public class InvoiceNote {
    @Id
    @GeneratedValue
    private UUID id;

    @Column(columnDefinition = "text")
    private String body;

    @Lob
    private String attachment;

    @Lob
    private byte[] scan;

    private byte[] thumbnail;
}
