package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;

/** A sequence with its own start and allocation size, a named foreign key, a converted column. */
@Entity
public class LoyaltyCard {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "card_seq")
    @SequenceGenerator(name = "card_seq", sequenceName = "loyalty_card_seq", initialValue = 1000, allocationSize = 10)
    private long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_card_customer"))
    private Customer customer;

    @Convert(converter = YesNoConverter.class)
    private Boolean active;

    private int points;
}
