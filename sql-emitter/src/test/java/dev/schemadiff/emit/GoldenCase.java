package dev.schemadiff.emit;

import dev.schemadiff.diff.DiffOptions;
import dev.schemadiff.diff.SchemaDiffer;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.Provenance;
import dev.schemadiff.schema.SchemaModel;
import java.util.List;

/**
 * A realistic plan: what the entities expect and what the database holds, diffed by the real
 * {@link SchemaDiffer}. Its rendered script lives in {@code golden/<name>/expected-plan.sql}; the
 * cases are in {@link GoldenCases}.
 *
 * @param seed      rows to insert into the actual schema before the plan runs on a real database
 * @param notValid  constraints the seeded rows violate, which the plan must leave NOT VALID
 */
record GoldenCase(String name, ExpectedSchema expected, SchemaModel actual, DiffOptions options, String seed,
                  List<String> notValid) {

    @Override
    public String toString() {
        return name;
    }

    /** The plan for this case. */
    Plan plan() {
        return PlanEmitter.emit(new SchemaDiffer().diff(expected, actual, options));
    }

    /** The script that builds the actual schema on an empty database. */
    String actualSchemaScript() {
        ExpectedSchema target = new ExpectedSchema(actual, Provenance.EMPTY, List.of());
        return SqlScript.render(PlanEmitter.emit(new SchemaDiffer().diff(target, SchemaModel.EMPTY, options)));
    }
}
