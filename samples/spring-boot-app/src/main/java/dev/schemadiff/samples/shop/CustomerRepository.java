package dev.schemadiff.samples.shop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** What the application serves: customers by loyalty tier. */
public interface CustomerRepository extends JpaRepository<Customer, Long> {
    List<Customer> findByLoyaltyTier(String loyaltyTier);
}
