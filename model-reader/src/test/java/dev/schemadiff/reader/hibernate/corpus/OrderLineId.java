package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** The embedded id of {@link OrderLine}. */
@Embeddable
public class OrderLineId implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "order_id")
    private long orderId;

    @Column(name = "line_no")
    private int lineNo;

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderLineId that && orderId == that.orderId && lineNo == that.lineNo;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(orderId) * 31 + lineNo;
    }
}
