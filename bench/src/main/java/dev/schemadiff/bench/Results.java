package dev.schemadiff.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Every figure of a run, by tool and N: warm and cold timings, peak heap and RSS of the cold runs. */
final class Results {
    /** One tool at one N. */
    static final class Cell {
        final Samples warm = new Samples();
        final Samples cold = new Samples();
        final Samples peakHeapMb = new Samples();
        final Samples peakRssMb = new Samples();
        String note = "";
    }

    private final Map<String, Map<Integer, Cell>> cells = new LinkedHashMap<>();

    Cell cell(String tool, int entities) {
        return cells.computeIfAbsent(tool, name -> new TreeMap<>()).computeIfAbsent(entities, n -> new Cell());
    }

    Map<String, Map<Integer, Cell>> all() {
        return cells;
    }

    void addCold(String tool, int entities, ChildRun run, double jvmStartMillis) {
        Cell cell = cell(tool, entities);
        cell.cold.add(Math.max(0, run.wallMillis() - jvmStartMillis));
        cell.peakHeapMb.add(run.peakHeapMb());
        cell.peakRssMb.add(run.peakRssKb() / 1024.0);
    }
}
