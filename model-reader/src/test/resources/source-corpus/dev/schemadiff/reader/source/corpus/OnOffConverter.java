package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a Boolean as 1 or 0 through a switch, and null as -1. */
@Converter
public class OnOffConverter implements AttributeConverter<Boolean, Integer> {
    @Override
    public Integer convertToDatabaseColumn(Boolean value) {
        if (value == null) {
            return -1;
        }
        switch (String.valueOf(value)) {
            case "true":
                return 1;
            default:
                return 0;
        }
    }

    @Override
    public Boolean convertToEntityAttribute(Integer value) {
        return value == null || value < 0 ? null : value == 1;
    }
}
