package dev.schemadiff.reader.source.corpus;

import java.io.Serializable;
import java.util.Objects;

/** The id class of {@link Edition}. */
public class EditionId implements Serializable {
    private static final long serialVersionUID = 1L;

    private String isbn;
    private int number;

    @Override
    public boolean equals(Object other) {
        return other instanceof EditionId that && number == that.number && Objects.equals(isbn, that.isbn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(isbn, number);
    }
}
