package dev.schemadiff.reader.hibernate.quoted;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** A table named by a reserved word, with reserved and mixed-case column names. */
@Entity
public class Order {
    /** A reserved word as an enum: its check constraint names the quoted column. */
    public enum Status { OPEN, SHIPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(name = "select", nullable = false, length = 40)
    private String select;

    private String customerName;

    @Column(name = "TotalAmount", precision = 12, scale = 2)
    private BigDecimal totalAmount;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(columnDefinition = "text")
    private String note;

    @ManyToOne
    private User user;

    @ElementCollection
    @CollectionTable(name = "OrderTags")
    private Set<String> tags;

    @ElementCollection
    @OrderColumn
    private List<Integer> quantities;

    @Version
    private Integer version;
}
