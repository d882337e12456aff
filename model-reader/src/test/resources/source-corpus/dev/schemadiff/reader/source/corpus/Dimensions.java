package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A record as an embeddable: its components are its attributes, in component order. */
@Embeddable
public record Dimensions(@Column(nullable = false) Integer width, int height, String unit) {
}
