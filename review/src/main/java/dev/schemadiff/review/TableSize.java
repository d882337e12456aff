package dev.schemadiff.review;

import java.util.Locale;

/**
 * How big an existing table is, from {@code --db}: the planner's row estimate and the size on disk with
 * indexes and TOAST.
 */
public record TableSize(long estimatedRows, long bytes) {

    /** {@code ~12,000 rows, 3.1 MB}. */
    public String describe() {
        return String.format(Locale.ROOT, "~%,d rows, %s", Math.max(estimatedRows, 0), bytes(bytes));
    }

    private static String bytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%d kB", (bytes + 1023) / 1024);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
    }
}
