package dev.schemadiff.samples.recruiting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.ColumnDefault;

/**
 * The field story's entity: the team added {@code expectedWage} and {@code contactCurrentEmployer}
 * and the deploy died on {@code column "expected_wage" of relation "candidate" already exists}.
 */
@Entity
public class Candidate {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candidate_seq")
    @SequenceGenerator(name = "candidate_seq", sequenceName = "candidate_seq", allocationSize = 50)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "user_id", unique = true)
    private User user;

    @Column(nullable = false)
    private String fullName;

    @Column(length = 60)
    private String expectedWage;

    private boolean contactCurrentEmployer;

    private long yearsOfExperience;

    @Column(nullable = false)
    private String referralSource;

    @Column(precision = 12, scale = 2)
    private BigDecimal currentSalary;

    @ColumnDefault("'draft'")
    @Column(nullable = false, length = 20)
    private String profileStatus;

    private LocalDate availableFrom;

    @Embedded
    private Address address;

    @ElementCollection
    @CollectionTable(name = "candidate_skill", joinColumns = @JoinColumn(name = "candidate_id"))
    @Column(name = "skill", nullable = false, length = 80)
    private Set<String> skills = new HashSet<>();

    @Version
    private long version;
}
