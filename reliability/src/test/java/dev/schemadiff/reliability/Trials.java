package dev.schemadiff.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every trial the suite runs, by scenario, for the summary table printed at the end ({@link SummaryPrinter}).
 * A test records a trial before it asserts on it, so a failing trial still shows in the table.
 */
final class Trials {
    /** short: what {@code ./mvnw verify} affords; long: {@code -Preliability}. */
    static final boolean LONG_FORM = "long".equals(System.getProperty("schemadiff.reliability.form"));

    private static final List<Trial> RECORDED = new ArrayList<>();

    private Trials() {
    }

    /** {@code shortForm} trials in the default build, {@code longForm} with {@code -Preliability}. */
    static int count(int shortForm, int longForm) {
        return LONG_FORM ? longForm : shortForm;
    }

    /**
     * @param outcome  what the database looked like afterwards, e.g. "as before", "reconciled", "refused"
     * @param dataLost whether a pre-existing row or value was missing or changed
     */
    static void record(String scenario, boolean passed, String outcome, boolean dataLost) {
        record(scenario, passed, outcome, dataLost, -1);
    }

    /** As {@link #record(String, boolean, String, boolean)}, with the longest wait application traffic saw. */
    static synchronized void record(String scenario, boolean passed, String outcome, boolean dataLost,
                                    long longestWaitMillis) {
        RECORDED.add(new Trial(scenario, passed, outcome, dataLost, longestWaitMillis));
    }

    static synchronized boolean isEmpty() {
        return RECORDED.isEmpty();
    }

    /** The table: one row per scenario, then the totals. */
    static synchronized String table() {
        Map<String, List<Trial>> byScenario = new TreeMap<>();
        RECORDED.forEach(trial -> byScenario.computeIfAbsent(trial.scenario(), s -> new ArrayList<>()).add(trial));
        String format = "%-36s %7s %7s %10s %9s  %s%n";
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, format, "scenario", "trials", "passed",
                "data lost", "max wait", "outcomes"));
        byScenario.forEach((scenario, trials) -> table.append(row(format, scenario, trials, true)));
        table.append(row(format, "total (" + (LONG_FORM ? "long" : "short") + " form)", RECORDED, false));
        return table.toString();
    }

    /** @param details whether to show the longest wait and the outcomes (not for the totals) */
    private static String row(String format, String scenario, List<Trial> trials, boolean details) {
        long passed = trials.stream().filter(Trial::passed).count();
        long lost = trials.stream().filter(Trial::dataLost).count();
        long longestWait = trials.stream().mapToLong(Trial::longestWaitMillis).max().orElse(-1);
        return String.format(Locale.ROOT, format, scenario, trials.size(), passed, lost,
                details && longestWait >= 0 ? longestWait + " ms" : "", details ? outcomes(trials) : "");
    }

    /** {@code outcome × count}, for example {@code as before × 3, reconciled × 2}. */
    private static String outcomes(List<Trial> trials) {
        return trials.stream().collect(Collectors.groupingBy(Trial::outcome, TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " × " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** @param longestWaitMillis the longest a statement of the application waited, or -1 when not measured */
    private record Trial(String scenario, boolean passed, String outcome, boolean dataLost, long longestWaitMillis) {
    }
}
