package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SecondaryTable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** UUID generation, JSON (also an embeddable as JSON), arrays, a quoted mixed-case column, a secondary table. */
@Entity
@SecondaryTable(name = "document_body")
public class Document {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "\"Title\"", nullable = false)
    private String title;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> metadata;

    private String[] labels;

    private int[] scores;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<Long> relatedIds;

    @Column(table = "document_body", columnDefinition = "text")
    private String body;

    @Embedded
    @JdbcTypeCode(SqlTypes.JSON)
    private Address origin;

    @Embedded
    @JdbcTypeCode(SqlTypes.JSON)
    private PageSize pageSize;
}
