package dev.schemadiff.samples.recruiting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;

/** An interview scheduled for a job application. */
@Entity
public class Interview {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(optional = false)
    private CandidateJob candidateJob;

    @Column(nullable = false)
    private LocalDateTime scheduledAt;

    @Column(length = 120)
    private String interviewer;
}
