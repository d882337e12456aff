package dev.schemadiff.reader.source.corpus;

import jakarta.persistence.Converter;

/** Stores a {@link Rating} as its code; applies to every Rating attribute. */
@Converter(autoApply = true)
public class RatingConverter extends CodeConverter<Rating> {
    @Override
    public String convertToDatabaseColumn(Rating rating) {
        if (rating == null) {
            return null;
        }
        return rating.getCode();
    }

    @Override
    public Rating convertToEntityAttribute(String code) {
        for (Rating rating : Rating.values()) {
            if (rating.getCode().equals(code)) {
                return rating;
            }
        }
        return null;
    }
}
