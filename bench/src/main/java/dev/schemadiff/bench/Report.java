package dev.schemadiff.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/** The run's figures as a Markdown report, a CSV and a PNG plot of warm time vs N per tool. */
final class Report {
    private static final List<String> PLOTTED = List.of(BenchMain.PLAN_CLASSES, BenchMain.PLAN_SOURCE,
            BenchMain.HIBERNATE_UPDATE, BenchMain.HIBERNATE_VALIDATE, BenchMain.LIQUIBASE, BenchMain.FLOOR);

    private final Results results;
    private final BenchConfig config;
    private final List<String> notes;
    private final List<String> extra;
    private final String date;

    Report(Results results, BenchConfig config, List<String> notes, List<String> extra, String date) {
        this.results = results;
        this.config = config;
        this.notes = notes;
        this.extra = extra;
        this.date = date;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("## Benchmark results, ").append(date).append(config.quick() ? " (--quick)" : "").append("\n\n");
        md.append("Machine: ").append(machine()).append("\n\n");
        md.append("Seconds: warm median (min–max) in this JVM after warm-up, **[cold median]** in a fresh JVM with")
                .append(" its start subtracted (JVM start rows: the start itself).\n\n");
        List<Integer> sizes = config.sizes();
        md.append("| tool |");
        sizes.forEach(n -> md.append(" N=").append(n).append(" |"));
        md.append("\n|---|");
        sizes.forEach(n -> md.append("---|"));
        md.append("\n");
        for (var tool : results.all().entrySet()) {
            md.append("| ").append(tool.getKey()).append(" |");
            for (int n : sizes) {
                md.append(' ').append(timing(tool.getValue().get(n))).append(" |");
            }
            md.append("\n");
        }
        md.append("\nRatios (warm medians; cold in brackets) and the targets:\n\n");
        md.append("| ratio | target |");
        sizes.forEach(n -> md.append(" N=").append(n).append(" |"));
        md.append("\n|---|---|");
        sizes.forEach(n -> md.append("---|"));
        md.append("\n");
        ratioRow(md, "plan --classes / Hibernate update", "≤ 0.7", BenchMain.PLAN_CLASSES, BenchMain.HIBERNATE_UPDATE);
        ratioRow(md, "plan --classes / Hibernate validate", "", BenchMain.PLAN_CLASSES, BenchMain.HIBERNATE_VALIDATE);
        ratioRow(md, "plan --classes / liquibase-hibernate7", "≤ 0.05", BenchMain.PLAN_CLASSES, BenchMain.LIQUIBASE);
        ratioRow(md, "plan --source / Hibernate update", "≤ 0.35", BenchMain.PLAN_SOURCE, BenchMain.HIBERNATE_UPDATE);
        ratioRow(md, "read catalog / raw floor", "≤ 1.5", BenchMain.READ_CATALOG, BenchMain.FLOOR);
        md.append("| (diff + emit) / plan --classes | ≤ 0.10 |");
        for (int n : sizes) {
            md.append(' ').append(share(n)).append(" |");
        }
        md.append("\n\nPeak heap / peak RSS of the cold runs, MB (target: ours ≤ Hibernate update's at the largest N):\n\n");
        md.append("| tool |");
        sizes.forEach(n -> md.append(" N=").append(n).append(" |"));
        md.append("\n|---|");
        sizes.forEach(n -> md.append("---|"));
        md.append("\n");
        for (var tool : results.all().entrySet()) {
            if (tool.getValue().values().stream().allMatch(cell -> cell.peakHeapMb.isEmpty())) {
                continue;
            }
            md.append("| ").append(tool.getKey()).append(" |");
            for (int n : sizes) {
                Results.Cell cell = tool.getValue().get(n);
                md.append(cell == null || cell.peakHeapMb.isEmpty() ? " – |" : String.format(Locale.ROOT, " %.0f / %.0f |",
                        cell.peakHeapMb.median(), cell.peakRssMb.median()));
            }
            md.append("\n");
        }
        md.append("\nNotes:\n\n");
        notes.forEach(note -> md.append("- ").append(note).append("\n"));
        for (var tool : results.all().entrySet()) {
            tool.getValue().forEach((n, cell) -> {
                if (!cell.note.isEmpty()) {
                    md.append("- ").append(tool.getKey()).append(" at N=").append(n).append(": ").append(cell.note).append("\n");
                }
            });
        }
        md.append("\n");
        extra.forEach(line -> md.append(line).append("\n"));
        return md.toString();
    }

    String csv() {
        StringBuilder csv = new StringBuilder("tool,n,mode,median_ms,min_ms,max_ms,runs,peak_heap_mb,peak_rss_mb\n");
        for (var tool : results.all().entrySet()) {
            for (var entry : tool.getValue().entrySet()) {
                Results.Cell cell = entry.getValue();
                csvRow(csv, tool.getKey(), entry.getKey(), "warm", cell.warm, null);
                csvRow(csv, tool.getKey(), entry.getKey(), "cold", cell.cold, cell);
            }
        }
        return csv.toString();
    }

    void plot(Path png) {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(900).height(560).title("schemadiff vs peers: warm time vs N (" + date + ")")
                .xAxisTitle("entities N").yAxisTitle("seconds (warm median, log scale)").build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        for (String tool : PLOTTED) {
            Map<Integer, Results.Cell> cells = results.all().get(tool);
            if (cells == null) {
                continue;
            }
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int n : new TreeSet<>(cells.keySet())) {
                Results.Cell cell = cells.get(n);
                if (!cell.warm.isEmpty()) {
                    x.add((double) n);
                    y.add(cell.warm.median() / 1000);
                }
            }
            if (!x.isEmpty()) {
                chart.addSeries(tool, x, y);
            }
        }
        try {
            Files.createDirectories(png.getParent());
            BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + png, e);
        }
    }

    private void ratioRow(StringBuilder md, String label, String target, String ours, String peer) {
        md.append("| ").append(label).append(" | ").append(target).append(" |");
        for (int n : config.sizes()) {
            Results.Cell a = cell(ours, n);
            Results.Cell b = cell(peer, n);
            String warm = a != null && b != null && !a.warm.isEmpty() && !b.warm.isEmpty()
                    ? String.format(Locale.ROOT, "%.2f", a.warm.median() / b.warm.median()) : "–";
            String cold = a != null && b != null && !a.cold.isEmpty() && !b.cold.isEmpty()
                    ? String.format(Locale.ROOT, " [%.2f]", a.cold.median() / b.cold.median()) : "";
            md.append(' ').append(warm).append(cold).append(" |");
        }
        md.append("\n");
    }

    private String share(int n) {
        Results.Cell diff = cell(BenchMain.DIFF, n);
        Results.Cell emit = cell(BenchMain.EMIT, n);
        Results.Cell total = cell(BenchMain.PLAN_CLASSES, n);
        if (diff == null || emit == null || total == null || total.warm.isEmpty()) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.3f", (diff.warm.median() + emit.warm.median()) / total.warm.median());
    }

    private Results.Cell cell(String tool, int n) {
        Map<Integer, Results.Cell> cells = results.all().get(tool);
        return cells == null ? null : cells.get(n);
    }

    private static String timing(Results.Cell cell) {
        if (cell == null || (cell.warm.isEmpty() && cell.cold.isEmpty())) {
            return "–";
        }
        String warm = cell.warm.isEmpty() ? "" : String.format(Locale.ROOT, "%s (%s–%s)",
                seconds(cell.warm.median()), seconds(cell.warm.min()), seconds(cell.warm.max()));
        String cold = cell.cold.isEmpty() ? "" : String.format(Locale.ROOT, " **[%s]**", seconds(cell.cold.median()));
        return (warm + cold).strip();
    }

    private static String seconds(double millis) {
        return millis >= 10_000 ? String.format(Locale.ROOT, "%.1f", millis / 1000)
                : millis >= 100 ? String.format(Locale.ROOT, "%.2f", millis / 1000)
                : String.format(Locale.ROOT, "%.3f", millis / 1000);
    }

    private static void csvRow(StringBuilder csv, String tool, int n, String mode, Samples samples, Results.Cell memory) {
        if (samples.isEmpty()) {
            return;
        }
        csv.append('"').append(tool).append("\",").append(n).append(',').append(mode).append(String.format(Locale.ROOT,
                ",%.1f,%.1f,%.1f,%d,", samples.median(), samples.min(), samples.max(), samples.count()));
        if (memory != null && !memory.peakHeapMb.isEmpty()) {
            csv.append(String.format(Locale.ROOT, "%.0f,%.0f", memory.peakHeapMb.median(), memory.peakRssMb.median()));
        } else {
            csv.append(',');
        }
        csv.append('\n');
    }

    static String machine() {
        String cpu = "unknown CPU";
        long memoryKb = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
            memoryKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
        } catch (IOException e) {
            // Not Linux: the report just says less about the machine.
        }
        return String.format(Locale.ROOT, "%d cores (%s), %.1f GB RAM, %s %s, Java %s, embedded PostgreSQL 17.6",
                Runtime.getRuntime().availableProcessors(), cpu, memoryKb / 1048576.0, System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"));
    }
}
