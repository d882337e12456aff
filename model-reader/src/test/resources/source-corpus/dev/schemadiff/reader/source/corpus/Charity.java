package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** Leaf of the JOINED hierarchy: its key joins the middle table's key. */
@Entity
@PrimaryKeyJoinColumn(name = "organisation_id")
public class Charity extends Organisation {
    private boolean taxExempt;
}
