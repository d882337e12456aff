package dev.schemadiff.samples.recruiting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/** A job a candidate applied for. */
@Entity
@Table(
        name = "candidate_job",
        indexes = @Index(name = "idx_candidate_job_status", columnList = "status, applied_at"),
        uniqueConstraints = @UniqueConstraint(
                name = "uk_candidate_job_application", columnNames = {"candidate_id", "job_title", "company"}))
public class CandidateJob {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "candidate_id")
    private Candidate candidate;

    @Column(name = "job_title", nullable = false)
    private String jobTitle;

    private String company;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ApplicationStatus status;

    @Column(name = "applied_at")
    private LocalDateTime appliedAt;

    @Column(columnDefinition = "text")
    private String notes;

    @ManyToMany
    @JoinTable(
            name = "candidate_job_tag",
            joinColumns = @JoinColumn(name = "candidate_job_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new HashSet<>();

    public enum ApplicationStatus {
        APPLIED,
        INTERVIEWING,
        OFFERED,
        REJECTED
    }
}
