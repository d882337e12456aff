package dev.schemadiff.cli;

import dev.schemadiff.api.PlanResult;
import dev.schemadiff.emit.FollowUp;
import dev.schemadiff.emit.Hazard;
import dev.schemadiff.emit.Phase;
import dev.schemadiff.emit.Plan;
import dev.schemadiff.emit.PlannedStatement;
import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.Index;
import dev.schemadiff.schema.Origin;
import dev.schemadiff.schema.PrimaryKey;
import dev.schemadiff.schema.Provenance;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Sequence;
import dev.schemadiff.schema.Table;
import dev.schemadiff.schema.UniqueKey;
import dev.schemadiff.schema.change.AddCheck;
import dev.schemadiff.schema.change.AddColumn;
import dev.schemadiff.schema.change.AddForeignKey;
import dev.schemadiff.schema.change.AddPrimaryKey;
import dev.schemadiff.schema.change.AddUniqueKey;
import dev.schemadiff.schema.change.ChangeSet;
import dev.schemadiff.schema.change.CreateIndex;
import dev.schemadiff.schema.change.CreateSchema;
import dev.schemadiff.schema.change.CreateSequence;
import dev.schemadiff.schema.change.CreateTable;
import dev.schemadiff.schema.change.Finding;
import dev.schemadiff.schema.change.FindingKind;
import dev.schemadiff.schema.change.SchemaChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A hand-built plan with one change of every kind, for the renderers; no database involved. */
final class SamplePlan {
    static final QualifiedName CANDIDATE = QualifiedName.of("public", "candidate");
    static final QualifiedName TAG = QualifiedName.of("public", "tag");
    static final QualifiedName JOB = QualifiedName.of("hr", "job");

    static final CreateSchema CREATE_SCHEMA = new CreateSchema("hr");
    static final CreateSequence CREATE_SEQUENCE =
            new CreateSequence(new Sequence(QualifiedName.of("public", "candidate_seq"), 1, 50));
    static final CreateTable CREATE_TABLE = new CreateTable(new Table(TAG,
            List.of(Column.of("id", "bigint", false), Column.of("label", "varchar(40)", true)),
            new PrimaryKey("tag_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of()));
    static final AddColumn ADD_COLUMN = AddColumn.asModelled(CANDIDATE, Column.of("expected_wage", "varchar(120)", true));
    static final AddColumn ADD_PRIMITIVE = new AddColumn(CANDIDATE, Column.of("years", "int", false),
            AddColumn.NotNullMode.TEMPORARY_DEFAULT, "0");
    static final AddPrimaryKey ADD_PRIMARY_KEY = new AddPrimaryKey(JOB, new PrimaryKey("job_pkey", List.of("id")));
    static final AddUniqueKey ADD_UNIQUE = new AddUniqueKey(CANDIDATE, new UniqueKey("uk_candidate_user", List.of("user_id")));
    static final CreateIndex CREATE_INDEX = new CreateIndex(CANDIDATE, new Index("idx_name", List.of("full_name", "id DESC"), false));
    static final AddCheck ADD_CHECK = new AddCheck(CANDIDATE,
            new CheckConstraint("candidate_status_check", "status IN ('draft', 'open|closed')"));
    static final AddForeignKey ADD_FOREIGN_KEY = new AddForeignKey(CANDIDATE, new ForeignKey("fk_candidate_user",
            List.of("user_id"), QualifiedName.of("public", "users"), List.of("id"), ForeignKey.ReferentialAction.NO_ACTION,
            true));

    static final Finding TYPE_MISMATCH = new Finding(FindingKind.TYPE_MISMATCH, CANDIDATE, "full_name",
            "character varying(255)", "text", new Origin("Candidate", "fullName", false));
    static final Finding EXTRA_COLUMN = new Finding(FindingKind.EXTRA_COLUMN, CANDIDATE, "legacy", null, "integer", null);
    static final Finding NEEDS_BACKFILL = new Finding(FindingKind.NEEDS_BACKFILL, CANDIDATE, "status",
            "NOT NULL", "nullable", new Origin("Candidate", "status", false));

    static final List<SchemaChange> CHANGES = List.of(CREATE_SCHEMA, CREATE_SEQUENCE, CREATE_TABLE, ADD_COLUMN,
            ADD_PRIMITIVE, ADD_PRIMARY_KEY, ADD_UNIQUE, CREATE_INDEX, ADD_CHECK, ADD_FOREIGN_KEY);

    static final Provenance PROVENANCE = new Provenance(Map.of(TAG, "Tag"),
            Map.of(new ColumnRef(CANDIDATE, "expected_wage"), new Origin("Candidate", "expectedWage", false)));

    private SamplePlan() {
    }

    static PlanResult result() {
        List<PlannedStatement> statements = new ArrayList<>();
        statements.add(statement("CREATE SCHEMA hr", CREATE_SCHEMA, Phase.SCHEMAS));
        statements.add(statement("CREATE SEQUENCE public.candidate_seq START WITH 1 INCREMENT BY 50", CREATE_SEQUENCE,
                Phase.SEQUENCES));
        statements.add(statement("CREATE TABLE public.tag (\n    id bigint NOT NULL,\n    label character varying(40),\n"
                + "    CONSTRAINT tag_pkey PRIMARY KEY (id)\n)", CREATE_TABLE, Phase.TABLES));
        statements.add(statement("ALTER TABLE public.candidate ADD COLUMN expected_wage character varying(120)",
                ADD_COLUMN, Phase.COLUMNS, Hazard.ACCESS_EXCLUSIVE_LOCK));
        statements.add(statement("ALTER TABLE public.candidate ADD COLUMN years integer DEFAULT 0 NOT NULL",
                ADD_PRIMITIVE, Phase.COLUMNS, Hazard.ACCESS_EXCLUSIVE_LOCK));
        statements.add(statement("ALTER TABLE public.candidate ALTER COLUMN years DROP DEFAULT", ADD_PRIMITIVE,
                Phase.COLUMNS));
        statements.add(statement("ALTER TABLE hr.job ADD CONSTRAINT job_pkey PRIMARY KEY (id)", ADD_PRIMARY_KEY,
                Phase.KEYS));
        statements.add(statement("ALTER TABLE public.candidate ADD CONSTRAINT uk_candidate_user UNIQUE (user_id)",
                ADD_UNIQUE, Phase.KEYS));
        statements.add(statement("CREATE INDEX idx_name ON public.candidate (full_name, id DESC)", CREATE_INDEX,
                Phase.INDEXES, Hazard.INDEX_BUILD_BLOCKS_WRITES));
        statements.add(statement("ALTER TABLE public.candidate ADD CONSTRAINT candidate_status_check"
                + " CHECK (status IN ('draft', 'open|closed')) NOT VALID", ADD_CHECK, Phase.CHECKS));
        statements.add(statement("ALTER TABLE public.candidate ADD CONSTRAINT fk_candidate_user FOREIGN KEY (user_id)"
                + " REFERENCES public.users (id) NOT VALID", ADD_FOREIGN_KEY, Phase.FOREIGN_KEYS));
        statements.add(statement("ALTER TABLE public.candidate VALIDATE CONSTRAINT fk_candidate_user", ADD_FOREIGN_KEY,
                Phase.FOREIGN_KEYS, Hazard.VALIDATION_SCANS_TABLE));
        List<Finding> findings = List.of(TYPE_MISMATCH, EXTRA_COLUMN, NEEDS_BACKFILL);
        Plan plan = new Plan(statements, findings, List.of(new FollowUp(NEEDS_BACKFILL,
                "Replace the value, or make the attribute nullable.", List.of("UPDATE public.candidate SET status = 'draft' WHERE status IS NULL",
                        "ALTER TABLE public.candidate ALTER COLUMN status SET NOT NULL"))));
        return new PlanResult(SchemaModel.EMPTY, new ChangeSet(CHANGES, findings), plan);
    }

    static PlanResult inSync() {
        return new PlanResult(SchemaModel.EMPTY, ChangeSet.EMPTY, new Plan(List.of(), List.of(), List.of()));
    }

    private static PlannedStatement statement(String sql, SchemaChange source, Phase phase, Hazard... hazards) {
        return new PlannedStatement(sql, source, phase, Set.of(hazards), false, null);
    }
}
