package dev.schemadiff.cli;

import dev.schemadiff.api.PlanResult;
import dev.schemadiff.emit.FollowUp;
import dev.schemadiff.emit.PlannedStatement;
import dev.schemadiff.json.Json;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.Origin;
import dev.schemadiff.schema.Provenance;
import dev.schemadiff.schema.change.AddColumn;
import dev.schemadiff.schema.change.CreateTable;
import dev.schemadiff.schema.change.Finding;
import dev.schemadiff.schema.change.SchemaChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code plan --format json} document. Its shape is stable; fields are only ever added:
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "catalogFingerprint": "<SHA-256 of the catalog the plan was computed against>",
 *   "changes": [{
 *     "kind": "add_column",              // create_schema, create_sequence, create_table, add_column,
 *                                        // add_primary_key, add_unique, create_index, add_check, add_foreign_key
 *     "table": "public.candidate",       // schema.table as in the catalog; absent for create_schema/create_sequence
 *     "column": "expected_wage",         // add_column only
 *     "name": "candidate_seq",           // the schema, sequence, key, index or constraint name, when there is one
 *     "origin": "Candidate.expectedWage",// the entity (create_table) or Entity.field (add_column), when known
 *     "hazards": ["access_exclusive_lock"],
 *     "sql": ["ALTER TABLE ..."]         // statements in execution order, without trailing semicolons
 *   }],
 *   "findings": [{
 *     "kind": "type_mismatch",           // FindingKind.jsonName()
 *     "table": "public.candidate",
 *     "column": "expected_wage",         // absent for findings about a whole table or sequence
 *     "expected": "character varying(120)", // null for drift (objects no entity maps)
 *     "actual": "text",                  // null when the database has nothing
 *     "origin": "Candidate.expectedWage",// when known
 *     "followUp": ["UPDATE ..."],        // when a fix is known but not run by schemadiff: its SQL,
 *     "followUpAdvice": "..."            // and what to edit before running it
 *   }]
 * }
 * }</pre>
 */
final class PlanJson {
    static final int FORMAT_VERSION = 1;

    private PlanJson() {
    }

    static String render(PlanResult result, Provenance provenance) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("formatVersion", FORMAT_VERSION);
        document.put("catalogFingerprint", result.catalogFingerprint());
        document.put("changes", PlannedChange.of(result.plan()).stream().map(c -> change(c, provenance)).toList());
        document.put("findings", result.plan().findings().stream()
                .map(f -> finding(f, result.plan().followUps())).toList());
        return Json.write(document);
    }

    private static Map<String, Object> change(PlannedChange planned, Provenance provenance) {
        SchemaChange change = planned.change();
        ChangeText.Subject subject = ChangeText.subject(change);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", change.kind().jsonName());
        putIfPresent(json, "table", subject.table());
        putIfPresent(json, "column", subject.column());
        putIfPresent(json, "name", subject.name());
        putIfPresent(json, "origin", origin(change, provenance));
        json.put("hazards", planned.hazards().stream().map(h -> h.name().toLowerCase(Locale.ROOT)).toList());
        json.put("sql", planned.statements().stream().map(PlannedStatement::sql).toList());
        return json;
    }

    private static Map<String, Object> finding(Finding finding, List<FollowUp> followUps) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", finding.kind().jsonName());
        json.put("table", finding.table().toString());
        putIfPresent(json, "column", finding.column());
        json.put("expected", finding.expected());
        json.put("actual", finding.actual());
        putIfPresent(json, "origin", finding.origin() == null ? null : finding.origin().toString());
        List<FollowUp> fixes = followUpsOf(finding, followUps);
        if (!fixes.isEmpty()) {
            json.put("followUp", fixes.stream().flatMap(f -> f.sql().stream()).toList());
            json.put("followUpAdvice", fixes.stream().map(FollowUp::advice).collect(Collectors.joining(" ")));
        }
        return json;
    }

    /** The entity behind a created table, or the entity attribute behind an added column. */
    static String origin(SchemaChange change, Provenance provenance) {
        if (change instanceof CreateTable create) {
            return provenance.entityOf(create.table().name()).orElse(null);
        } else if (change instanceof AddColumn add) {
            return provenance.originOf(new ColumnRef(add.table(), add.column().name())).map(Origin::toString)
                    .orElse(null);
        }
        return null;
    }

    static List<FollowUp> followUpsOf(Finding finding, List<FollowUp> followUps) {
        return followUps.stream().filter(f -> f.finding().equals(finding)).toList();
    }

    private static void putIfPresent(Map<String, Object> json, String key, String value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
