package com.example.recruiting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The entity as the main branch has it, for schemadiff:review: the change adds fullName and expectedWage. */
@Entity
public class Candidate {
    @Id
    @GeneratedValue
    private Long id;
}
