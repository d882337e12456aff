package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.ColumnDefault;

/** Identity id, a mapped-superclass chain, embeddables with overrides, enums and element collections. */
@Entity
public class Customer extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(unique = true, length = 320)
    private String email;

    @Embedded
    private Address home;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "work_street"))
    @AttributeOverride(name = "city", column = @Column(name = "work_city", length = 60))
    @AttributeOverride(name = "location.latitude", column = @Column(name = "work_lat"))
    @AttributeOverride(name = "location.longitude", column = @Column(name = "work_lon"))
    private Address work;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Tier tier;

    @Enumerated(EnumType.ORDINAL)
    private Status status;

    @ColumnDefault("0")
    private int creditScore;

    @ColumnDefault("'unknown'")
    @Column(length = 30)
    private String source;

    @ElementCollection
    private Set<String> tags;

    @ElementCollection
    @OrderColumn
    private List<Phone> phones;

    @OneToOne(mappedBy = "customer")
    private LoyaltyCard card;

    @OneToMany
    private List<Document> documents;

    public enum Tier { BRONZE, SILVER, GOLD }

    public enum Status { ACTIVE, SUSPENDED, CLOSED }
}
