package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a Boolean as {@code Y}/{@code N}: the column type follows the converter's database type. */
@Converter
public class YesNoConverter implements AttributeConverter<Boolean, Character> {
    @Override
    public Character convertToDatabaseColumn(Boolean value) {
        return value == null ? null : value ? 'Y' : 'N';
    }

    @Override
    public Boolean convertToEntityAttribute(Character value) {
        return value == null ? null : value == 'Y';
    }
}
