package dev.schemadiff.cli;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.api.ReviewedPlan;
import dev.schemadiff.json.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code apply --plan-file FILE}: a plan written by {@code plan --format json --out FILE}, read back as
 * the {@link ReviewedPlan} that apply must find unchanged under its lock.
 */
final class PlanFile {
    private PlanFile() {
    }

    /** @throws SchemaDiffException ({@code USAGE}) when the file cannot be read or is not such a plan */
    static ReviewedPlan read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SchemaDiffException(ErrorCode.USAGE, "cannot read --plan-file " + file + " (" + e
                    + "); check the path", e);
        }
        Object document;
        try {
            document = JsonParser.parse(text);
        } catch (IllegalArgumentException e) {
            throw notAPlan(file, "not JSON: " + e.getMessage());
        }
        if (!(document instanceof Map<?, ?> plan)) {
            throw notAPlan(file, "not a JSON object");
        }
        if (!Long.valueOf(PlanJson.FORMAT_VERSION).equals(plan.get("formatVersion"))) {
            throw notAPlan(file, "formatVersion is " + plan.get("formatVersion") + ", not " + PlanJson.FORMAT_VERSION);
        }
        if (!(plan.get("catalogFingerprint") instanceof String fingerprint)) {
            throw notAPlan(file, "no catalogFingerprint");
        }
        if (!(plan.get("changes") instanceof List<?> changes)) {
            throw notAPlan(file, "no changes list");
        }
        List<String> statements = new ArrayList<>();
        for (Object change : changes) {
            if (!(change instanceof Map<?, ?> fields) || !(fields.get("sql") instanceof List<?> sql)) {
                throw notAPlan(file, "a change without an sql list");
            }
            for (Object statement : sql) {
                if (!(statement instanceof String sqlText)) {
                    throw notAPlan(file, "an sql entry that is not a string");
                }
                statements.add(sqlText);
            }
        }
        return new ReviewedPlan(fingerprint, statements);
    }

    private static SchemaDiffException notAPlan(Path file, String problem) {
        return new SchemaDiffException(ErrorCode.USAGE, "--plan-file " + file + " is not a plan written by"
                + " plan --format json (" + problem + "); write one with plan --format json --out FILE");
    }
}
