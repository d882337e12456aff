package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import java.math.BigDecimal;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.GeneratedColumn;

/** An {@code @EmbeddedId} whose part is also a foreign key ({@code @MapsId}), and a generated column. */
@Entity
public class OrderLine {
    @EmbeddedId
    private OrderLineId id;

    @ManyToOne
    @MapsId("orderId")
    @JoinColumn(name = "order_id")
    private PurchaseOrder order;

    private int quantity;

    @ColumnDefault("1.5")
    private BigDecimal discount;

    @GeneratedColumn("quantity * 2")
    private Integer doubledQuantity;
}
