package dev.schemadiff.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Expected and actual elements paired by a key: the one list matcher behind every kind of object.
 * {@code added} and {@code matched} keep the expected order, {@code removed} the actual order, so the
 * result is as deterministic as its inputs.
 *
 * @param added   expected elements without an actual counterpart
 * @param removed actual elements without an expected counterpart
 * @param matched pairs with equal keys; an actual element may serve several expected ones
 */
record ListDiff<T>(List<T> added, List<T> removed, List<Matched<T>> matched) {

    /** An expected element and the actual element with the same key. */
    record Matched<T>(T expected, T actual) {
    }

    static <T, K> ListDiff<T> byKey(List<T> expected, List<T> actual, Function<? super T, K> key) {
        Map<K, T> actualByKey = new LinkedHashMap<>();
        actual.forEach(element -> actualByKey.putIfAbsent(key.apply(element), element));
        Set<K> expectedKeys = new HashSet<>();
        List<T> added = new ArrayList<>();
        List<Matched<T>> matched = new ArrayList<>();
        for (T element : expected) {
            K elementKey = key.apply(element);
            expectedKeys.add(elementKey);
            T counterpart = actualByKey.get(elementKey);
            if (counterpart == null) {
                added.add(element);
            } else {
                matched.add(new Matched<>(element, counterpart));
            }
        }
        List<T> removed = actual.stream().filter(element -> !expectedKeys.contains(key.apply(element))).toList();
        return new ListDiff<>(List.copyOf(added), removed, List.copyOf(matched));
    }
}
