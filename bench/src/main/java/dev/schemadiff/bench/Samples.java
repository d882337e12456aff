package dev.schemadiff.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated timings of one measurement, in milliseconds; reports median, min and max. */
final class Samples {
    private final List<Double> millis = new ArrayList<>();

    void add(double value) {
        millis.add(value);
    }

    boolean isEmpty() {
        return millis.isEmpty();
    }

    int count() {
        return millis.size();
    }

    double median() {
        List<Double> sorted = sorted();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    double min() {
        return sorted().get(0);
    }

    double max() {
        return sorted().get(millis.size() - 1);
    }

    private List<Double> sorted() {
        if (millis.isEmpty()) {
            throw new IllegalStateException("no samples");
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted;
    }
}
