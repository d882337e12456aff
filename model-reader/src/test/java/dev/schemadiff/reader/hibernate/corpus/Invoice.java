package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Another schema, named and unnamed table constraints, indexes, checks, ON DELETE, a one-to-many join column. */
@Entity
@Table(schema = "billing", name = "invoice",
        uniqueConstraints = {
                @UniqueConstraint(name = "uk_invoice_number", columnNames = {"series", "number"}),
                @UniqueConstraint(columnNames = {"customer_id", "issued_on"})},
        indexes = {
                @Index(name = "idx_invoice_amount", columnList = "amount desc, issued_on"),
                @Index(name = "idx_invoice_reference", columnList = "reference", unique = true)},
        check = {
                @CheckConstraint(name = "invoice_amount_not_negative", constraint = "amount >= 0"),
                @CheckConstraint(constraint = "issued_on > '2000-01-01'"),
                @CheckConstraint(constraint = "series <> reference or amount > 0")})
public class Invoice {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", schema = "billing",
            initialValue = 100, allocationSize = 20)
    private Long id;

    @Column(name = "series", length = 4, nullable = false)
    private String series;

    @Column(name = "number", nullable = false)
    private Integer number;

    @Column(name = "amount", precision = 14, scale = 3)
    private BigDecimal amount;

    @Column(name = "reference", length = 40)
    private String reference;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @ManyToOne
    @JoinColumn(name = "customer_id")
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Customer customer;

    private Money total;

    @OneToMany
    @JoinColumn(name = "invoice_id")
    @OrderColumn(name = "line_no")
    private List<InvoiceNote> notes;
}
