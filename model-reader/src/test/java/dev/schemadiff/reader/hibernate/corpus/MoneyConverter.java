package dev.schemadiff.reader.hibernate.corpus;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Applies to every {@link Money} attribute without a {@code @Convert}. */
@Converter(autoApply = true)
public class MoneyConverter implements AttributeConverter<Money, String> {
    @Override
    public String convertToDatabaseColumn(Money money) {
        return money == null ? null : money.amountAndCurrency();
    }

    @Override
    public Money convertToEntityAttribute(String text) {
        return text == null ? null : new Money(text);
    }
}
