package dev.schemadiff.samples.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A customer; {@code loyaltyTier} is the field the release adds (V2). */
@Entity
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String fullName;

    @Column(length = 20)
    private String loyaltyTier;

    protected Customer() {
    }

    public Customer(String fullName, String loyaltyTier) {
        this.fullName = fullName;
        this.loyaltyTier = loyaltyTier;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getLoyaltyTier() {
        return loyaltyTier;
    }
}
