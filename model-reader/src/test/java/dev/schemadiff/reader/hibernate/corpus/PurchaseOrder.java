package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;

/** A reserved word as table and column name (quoted), and the java.time types. */
@Entity
@Table(name = "\"order\"")
public class PurchaseOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(name = "\"user\"", length = 60)
    private String user;

    private OffsetDateTime placedAt;

    private ZonedDateTime shippedAt;

    private Instant paidAt;

    private LocalTime cutoff;

    private OffsetTime deliveryWindow;

    private Duration handling;
}
