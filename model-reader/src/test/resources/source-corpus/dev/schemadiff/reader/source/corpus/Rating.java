package dev.schemadiff.reader.source.corpus;

/** An enum stored by a converter under codes its constructor sets. */
public enum Rating {
    POOR("P"), FAIR("F"), GOOD("G"), EXCELLENT("E");

    private final String code;

    Rating(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
