package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import org.hibernate.annotations.Check;

/** The same embeddable twice, its association and column overridden the second time; a Hibernate table check. */
@Entity
@Check(name = "shipment_carriers_differ", constraints = "outbound_carrier <> return_carrier")
public class Shipment {
    @Id
    @GeneratedValue
    private Long id;

    @Embedded
    @AttributeOverride(name = "carrier", column = @Column(name = "outbound_carrier"))
    private Route outbound;

    @Embedded
    @AttributeOverride(name = "carrier", column = @Column(name = "return_carrier"))
    @AssociationOverride(name = "origin", joinColumns = @JoinColumn(name = "return_origin_id"),
            foreignKey = @ForeignKey(name = "fk_shipment_return_origin"))
    private Route inbound;
}
