package dev.schemadiff.emit;

import static dev.schemadiff.diff.Models.name;
import static dev.schemadiff.diff.Models.sequence;
import static dev.schemadiff.diff.Models.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.ForeignKey.ReferentialAction;
import dev.schemadiff.schema.Index;
import dev.schemadiff.schema.PrimaryKey;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.UniqueKey;
import dev.schemadiff.schema.change.AddCheck;
import dev.schemadiff.schema.change.AddColumn;
import dev.schemadiff.schema.change.AddColumn.NotNullMode;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanEmitterTest {
    private static final QualifiedName ORDERS = name("orders");
    private static final QualifiedName CUSTOMERS = name("customers");
    private static final ForeignKey ORDER_CUSTOMER = new ForeignKey("fk_orders_customer", List.of("customer_id"),
            CUSTOMERS, List.of("id"), ReferentialAction.NO_ACTION, true);

    /** One sample of every change type; a new permitted type fails {@link #handlesEveryChangeType} until added. */
    private static final Map<Class<?>, SchemaChange> SAMPLES = Stream.<SchemaChange>of(
                    new CreateSchema("billing"),
                    new CreateSequence(sequence("public", "orders_seq", 1, 50)),
                    new CreateTable(table("orders").notNull("id", "bigint").build()),
                    AddColumn.asModelled(ORDERS, Column.of("note", "text", true)),
                    new AddPrimaryKey(ORDERS, new PrimaryKey("orders_pkey", List.of("id"))),
                    new AddUniqueKey(ORDERS, new UniqueKey("uk_orders_code", List.of("code"))),
                    new CreateIndex(ORDERS, new Index("ix_orders_code", List.of("code"), false)),
                    new AddCheck(ORDERS, new CheckConstraint("ck_orders_qty", "qty >= 0")),
                    new AddForeignKey(ORDERS, ORDER_CUSTOMER))
            .collect(Collectors.toMap(Object::getClass, Function.identity()));

    @Test
    void handlesEveryChangeType() {
        for (Class<?> type : SchemaChange.class.getPermittedSubclasses()) {
            SchemaChange sample = SAMPLES.get(type);
            assertTrue(sample != null, "no sample for " + type.getSimpleName());
            Plan plan = PlanEmitter.emit(new ChangeSet(List.of(sample), List.of()));
            assertFalse(plan.statements().isEmpty(), type.getSimpleName() + " emits nothing");
            plan.statements().forEach(statement -> assertEquals(sample, statement.source()));
        }
    }

    /**
     * A change and the statements it becomes: SQL, hazards and whether a violation is tolerated.
     *
     * @param created whether the change set also creates the table the change is on
     */
    record Case(String name, SchemaChange change, boolean created, List<String> statements) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code sql [hazards] [tolerated: count sql]}. */
    private static String describe(PlannedStatement statement) {
        String hazards = statement.hazards().stream().map(Hazard::name).sorted().collect(Collectors.joining(","));
        return statement.sql() + (hazards.isEmpty() ? "" : " [" + hazards + "]")
                + (statement.tolerateViolations() ? " [tolerated: " + statement.violationCountSql() + "]" : "");
    }

    static Stream<Case> cases() {
        Column code = Column.of("code", "varchar(3)", false);
        return Stream.of(
                new Case("nullable column", AddColumn.asModelled(ORDERS, Column.of("note", "text", true)), false,
                        List.of("ALTER TABLE public.orders ADD COLUMN IF NOT EXISTS note text")),
                new Case("identity column on an existing table rewrites it",
                        AddColumn.asModelled(ORDERS, new Column("n", "bigint", false, null, Column.Identity.ALWAYS)),
                        false, List.of("ALTER TABLE public.orders ADD COLUMN IF NOT EXISTS n bigint GENERATED ALWAYS "
                                + "AS IDENTITY NOT NULL [TABLE_REWRITE]")),
                new Case("temporary default", new AddColumn(ORDERS, code, NotNullMode.TEMPORARY_DEFAULT, "' '"), false,
                        List.of("ALTER TABLE public.orders ADD COLUMN IF NOT EXISTS code character varying(3) "
                                        + "DEFAULT ' ' NOT NULL",
                                "ALTER TABLE public.orders ALTER COLUMN code DROP DEFAULT")),
                new Case("fill", new AddColumn(ORDERS, code, NotNullMode.FILL, "'EUR'"), false,
                        List.of("ALTER TABLE public.orders ADD COLUMN IF NOT EXISTS code character varying(3)",
                                "UPDATE public.orders SET code = ('EUR') WHERE code IS NULL [UPDATES_ROWS]",
                                "ALTER TABLE public.orders ALTER COLUMN code SET NOT NULL [ACCESS_EXCLUSIVE_LOCK]")),
                new Case("deferred", new AddColumn(ORDERS, code, NotNullMode.DEFERRED, null), false,
                        List.of("ALTER TABLE public.orders ADD COLUMN IF NOT EXISTS code character varying(3)")),
                new Case("primary key on an existing table",
                        new AddPrimaryKey(ORDERS, new PrimaryKey("orders_pkey", List.of("id", "order"))), false,
                        List.of("ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id, \"order\") "
                                + "[ACCESS_EXCLUSIVE_LOCK]")),
                new Case("unique key", new AddUniqueKey(ORDERS, new UniqueKey("uk_code", List.of("code"))), false,
                        List.of("ALTER TABLE public.orders ADD CONSTRAINT uk_code UNIQUE (code) [ACCESS_EXCLUSIVE_LOCK]")),
                new Case("index on an existing table blocks writes",
                        new CreateIndex(ORDERS, new Index("ix", List.of("Code DESC", "lower(note)", "\"Id\""), true)),
                        false, List.of("CREATE UNIQUE INDEX IF NOT EXISTS ix ON public.orders (\"Code\" DESC, "
                                + "lower(note), \"Id\") [INDEX_BUILD_BLOCKS_WRITES]")),
                new Case("index on a new table: no hazard",
                        new CreateIndex(ORDERS, new Index("ix", List.of("code"), false)), true,
                        List.of("CREATE INDEX IF NOT EXISTS ix ON public.orders (code)")),
                new Case("check on an existing table: NOT VALID, then a tolerated validation",
                        new AddCheck(ORDERS, new CheckConstraint("ck_qty", "qty >= 0")), false,
                        List.of("ALTER TABLE public.orders ADD CONSTRAINT ck_qty CHECK (qty >= 0) NOT VALID",
                                "ALTER TABLE public.orders VALIDATE CONSTRAINT ck_qty [VALIDATION_SCANS_TABLE] "
                                        + "[tolerated: SELECT count(*) FROM public.orders WHERE NOT (qty >= 0)]")),
                new Case("check on a new table: valid at once",
                        new AddCheck(ORDERS, new CheckConstraint("ck_qty", "qty >= 0")), true,
                        List.of("ALTER TABLE public.orders ADD CONSTRAINT ck_qty CHECK (qty >= 0)")),
                new Case("foreign key on an existing table: NOT VALID, then a tolerated validation counting orphans",
                        new AddForeignKey(ORDERS, new ForeignKey("fk_line", List.of("order_id", "line"),
                                name("lines"), List.of("order_id", "no"), ReferentialAction.SET_NULL, true)), false,
                        List.of("ALTER TABLE public.orders ADD CONSTRAINT fk_line FOREIGN KEY (order_id, line) "
                                        + "REFERENCES public.lines (order_id, no) ON DELETE SET NULL NOT VALID",
                                "ALTER TABLE public.orders VALIDATE CONSTRAINT fk_line [VALIDATION_SCANS_TABLE] "
                                        + "[tolerated: SELECT count(*) FROM public.orders child WHERE child.order_id "
                                        + "IS NOT NULL AND child.line IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                                        + "public.lines parent WHERE parent.order_id = child.order_id AND "
                                        + "parent.no = child.line)]")),
                new Case("foreign key on a new table: valid at once", new AddForeignKey(ORDERS, ORDER_CUSTOMER), true,
                        List.of("ALTER TABLE public.orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY "
                                + "(customer_id) REFERENCES public.customers (id)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void emitsStatements(Case c) {
        List<SchemaChange> changes = c.created()
                ? List.of(new CreateTable(table("orders").notNull("id", "bigint").build()), c.change())
                : List.of(c.change());
        List<String> statements = PlanEmitter.emit(new ChangeSet(changes, List.of())).statements().stream()
                .filter(statement -> statement.source() == c.change())
                .map(PlanEmitterTest::describe)
                .toList();
        assertEquals(c.statements(), statements);
    }

    @Test
    void ordersByPhaseThenObjectKeepingChangeOrder() {
        SchemaChange fk = new AddForeignKey(ORDERS, ORDER_CUSTOMER);
        SchemaChange index = new CreateIndex(CUSTOMERS, new Index("ix_email", List.of("email"), false));
        SchemaChange orders = new CreateTable(table("orders").notNull("id", "bigint").build());
        SchemaChange customers = new CreateTable(table("customers").notNull("id", "bigint").build());
        SchemaChange second = AddColumn.asModelled(name("lines"), Column.of("b", "int", true));
        SchemaChange first = AddColumn.asModelled(name("lines"), Column.of("a", "int", true));
        SchemaChange schema = new CreateSchema("billing");
        SchemaChange sequence = new CreateSequence(sequence("billing", "seq", 1, 1));

        Plan plan = PlanEmitter.emit(new ChangeSet(
                List.of(fk, index, orders, customers, first, second, sequence, schema), List.of()));

        assertEquals(List.of(schema, sequence, customers, orders, first, second, index, fk),
                plan.statements().stream().map(PlannedStatement::source).toList());
        assertEquals(Arrays.stream(Phase.values()).filter(phase -> phase != Phase.KEYS && phase != Phase.CHECKS)
                .toList(), plan.statements().stream().map(PlannedStatement::phase).distinct().toList());
    }

    @Test
    void deferredColumnGetsABackfillFollowUpForItsFinding() {
        AddColumn change = new AddColumn(ORDERS, Column.of("placed_at", "timestamp", false), NotNullMode.DEFERRED, null);
        Finding finding = new Finding(FindingKind.NEEDS_BACKFILL, ORDERS, "placed_at", "NOT NULL", null, null);

        Plan plan = PlanEmitter.emit(new ChangeSet(List.of(change), List.of(finding)));

        assertEquals(List.of(finding), plan.findings());
        FollowUp followUp = plan.followUps().get(0);
        assertEquals(finding, followUp.finding());
        assertEquals(List.of("UPDATE public.orders SET placed_at = (<value>) WHERE placed_at IS NULL",
                "ALTER TABLE public.orders ALTER COLUMN placed_at SET NOT NULL"), followUp.sql());
        assertTrue(followUp.advice().contains("--fill public.orders.placed_at="), followUp.advice());
        assertEquals(Set.of(), plan.statements().get(0).hazards());
    }

    @Test
    void deferredColumnWithoutAFindingGetsOne() {
        AddColumn change = new AddColumn(ORDERS, Column.of("placed_at", "timestamp", false), NotNullMode.DEFERRED, null);

        Plan plan = PlanEmitter.emit(new ChangeSet(List.of(change), List.of()));

        Finding finding = new Finding(FindingKind.NEEDS_BACKFILL, ORDERS, "placed_at", "NOT NULL", null, null);
        assertEquals(List.of(finding), plan.findings());
        assertEquals(finding, plan.followUps().get(0).finding());
    }

    @Test
    void scriptOfAnEmptyPlanSaysTheDatabaseIsInSync() {
        assertEquals("-- schemadiff: the database already has everything the entities need; nothing to apply.\n",
                SqlScript.render(PlanEmitter.emit(ChangeSet.EMPTY)));
    }
}
