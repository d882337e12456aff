package dev.schemadiff.review;

import java.util.Locale;

/** How serious a hazard is. Only {@link #ERROR} fails a review (exit 3) unless allowed. */
public enum HazardLevel {
    /** Breaks a deploy or changes what data means: fails the review unless {@code --allow-hazard CODE}. */
    ERROR,
    /** Locks, scans or may fail on existing data: deserves a look. */
    WARNING,
    /** Reported for the record: nothing breaks. */
    INFO;

    /** Lower-case name, as in reports and JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
