package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Long names: the table name fits PostgreSQL's 63 bytes but its {@code _pkey} and {@code _key} names
 * must be shortened, and {@link LongNamedSecond} shortens to the same ones.
 */
@Entity
@Table(name = "customer_loyalty_programme_membership_history_archive_table_a")
public class LongNamedFirst {
    @Id
    private Long id;

    @Column(name = "membership_reference_code_assigned_by_the_external_partner_system", unique = true)
    private String reference;
}
