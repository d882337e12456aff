package com.example.recruiting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class JobApplication {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Candidate candidate;

    private String company;
}
