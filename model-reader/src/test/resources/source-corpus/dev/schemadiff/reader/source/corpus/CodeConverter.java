package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.AttributeConverter;

/** A converter base whose subclasses fix the attribute type: the database type comes from here. */
public abstract class CodeConverter<T> implements AttributeConverter<T, String> {
}
