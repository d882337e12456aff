package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Shortens to the same constraint names as {@link LongNamedFirst}: PostgreSQL numbers the second. */
@Entity
@Table(name = "customer_loyalty_programme_membership_history_archive_table_b")
public class LongNamedSecond {
    @Id
    private Long id;

    @Column(name = "membership_reference_code_assigned_by_the_external_partner_system", unique = true)
    private String reference;
}
