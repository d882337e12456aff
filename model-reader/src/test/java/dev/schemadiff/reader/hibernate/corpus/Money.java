package dev.schemadiff.reader.hibernate.corpus;

/** A value type mapped only through the auto-applied {@link MoneyConverter}. */
public record Money(String amountAndCurrency) {
}
