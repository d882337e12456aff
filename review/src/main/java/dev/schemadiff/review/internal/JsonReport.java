package dev.schemadiff.review.internal;

import dev.schemadiff.json.Json;
import dev.schemadiff.review.Hazard;
import dev.schemadiff.review.HazardCode;
import dev.schemadiff.review.HazardLevel;
import dev.schemadiff.review.MigrationFile;
import dev.schemadiff.review.ReviewEntry;
import dev.schemadiff.review.ReviewReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --format json}: the shape is documented in the README ("Reviewing a pull request"). */
public final class JsonReport {
    private JsonReport() {
    }

    public static String render(ReviewReport report, Set<HazardCode> allowed) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("base", report.base());
        root.put("head", report.head());
        root.put("outcome", report.outcome(allowed).name().toLowerCase(java.util.Locale.ROOT));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("changes", report.entries().size());
        summary.put("errors", report.count(HazardLevel.ERROR));
        summary.put("warnings", report.count(HazardLevel.WARNING));
        summary.put("infos", report.count(HazardLevel.INFO));
        summary.put("blocking", report.blockingHazards(allowed).stream().map(h -> h.code().code()).distinct().toList());
        root.put("summary", summary);
        root.put("changes", report.entries().stream().map(entry -> change(entry, allowed)).toList());
        Map<String, Object> sql = new LinkedHashMap<>();
        new java.util.TreeMap<>(report.sql()).forEach((name, statements) -> sql.put(name.toString(), statements));
        root.put("sql", sql);
        root.put("migrations", report.migrations().stream().map(JsonReport::migration).toList());
        root.put("warnings", report.warnings());
        return Json.write(root);
    }

    private static Map<String, Object> change(ReviewEntry entry, Set<HazardCode> allowed) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("subject", entry.change().subject().toString());
        change.put("kind", Kinds.jsonName(entry.change()));
        change.put("summary", entry.change().summary());
        change.put("origin", entry.origin());
        if (entry.location() == null) {
            change.put("location", null);
        } else {
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("file", entry.location().file());
            location.put("line", entry.location().line());
            change.put("location", location);
        }
        change.put("hazards", entry.hazards().stream().map(hazard -> hazard(hazard, allowed)).toList());
        return change;
    }

    private static Map<String, Object> hazard(Hazard hazard, Set<HazardCode> allowed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", hazard.code().code());
        json.put("level", hazard.code().level().label());
        json.put("allowed", allowed.contains(hazard.code()));
        json.put("detail", hazard.detail());
        json.put("reason", hazard.code().reason());
        json.put("saferAlternative", hazard.code().saferAlternative());
        json.put("sql", hazard.sql());
        return json;
    }

    private static Map<String, Object> migration(MigrationFile file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", file.path());
        json.put("status", file.status().label());
        return json;
    }

}
