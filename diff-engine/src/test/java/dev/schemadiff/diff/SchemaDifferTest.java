package dev.schemadiff.diff;

import static dev.schemadiff.diff.Models.actual;
import static dev.schemadiff.diff.Models.expected;
import static dev.schemadiff.diff.Models.name;
import static dev.schemadiff.diff.Models.object;
import static dev.schemadiff.diff.Models.primitive;
import static dev.schemadiff.diff.Models.sequence;
import static dev.schemadiff.diff.Models.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.Column.Identity;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.ForeignKey.ReferentialAction;
import dev.schemadiff.schema.Index;
import dev.schemadiff.schema.Origin;
import dev.schemadiff.schema.PrimaryKey;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaDifferTest {
    private static final QualifiedName ORDERS = name("orders");
    private static final String LONG_NAME = "x".repeat(64);
    /** 32 characters, 64 bytes in UTF-8. */
    private static final String LONG_UTF8_NAME = "ä".repeat(32);

    /**
     * One diff: the expected schema, the database, the options, and the changes and findings that must
     * come out, each list in order.
     */
    record Case(String name, ExpectedSchema expected, SchemaModel actual, DiffOptions options, List<Object> output) {
        Case(String name, ExpectedSchema expected, SchemaModel actual, List<Object> output) {
            this(name, expected, actual, DiffOptions.defaults(), output);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"tables", "columns", "columnComparisons", "keys", "indexes", "foreignKeysAndChecks",
            "sequencesAndSchemas", "drift", "longNames"})
    void diff(Case c) {
        ChangeSet result = new SchemaDiffer().diff(c.expected(), c.actual(), c.options());

        List<Object> changes = c.output().stream().filter(SchemaChange.class::isInstance).toList();
        List<Object> findings = c.output().stream().filter(Finding.class::isInstance).toList();
        assertEquals(changes, List.copyOf(result.changes()), "changes");
        assertEquals(findings, List.copyOf(result.findings()), "findings");
    }

    static Stream<Case> tables() {
        var orders = table("orders").notNull("id", "bigint").pk("id")
                .notNull("customer_id", "bigint").column("status", "varchar(20)")
                .unique("uk_orders_status", "status").check("ck_orders_status", "status in ('NEW','PAID')")
                .index("ix_orders_customer", "customer_id").fk("fk_orders_customer", "customer_id", "customers");
        var customers = table("customers").notNull("id", "bigint").pk("id");
        return Stream.of(
                new Case("in sync: nothing to do", expected(orders, customers), actual(orders, customers), List.of()),
                new Case("missing table: created with inline keys and checks, then its index and foreign key",
                        expected(orders, customers), actual(customers), List.of(
                                new CreateTable(table("orders").notNull("id", "bigint").pk("id")
                                        .notNull("customer_id", "bigint").column("status", "character varying(20)")
                                        .unique("uk_orders_status", "status")
                                        .check("ck_orders_status", "status in ('NEW','PAID')").build()),
                                new CreateIndex(ORDERS, new Index("ix_orders_customer", List.of("customer_id"), false)),
                                new AddForeignKey(ORDERS, new ForeignKey("fk_orders_customer", List.of("customer_id"),
                                        name("customers"), List.of("id"), ReferentialAction.NO_ACTION, true)))),
                new Case("tables come out sorted by name whatever the model order",
                        expected(table("b").column("x", "int"), table("a").column("x", "int")), actual(), List.of(
                                new CreateTable(table("a").column("x", "integer").build()),
                                new CreateTable(table("b").column("x", "integer").build()))));
    }

    static Stream<Case> columns() {
        var existing = table("orders").notNull("id", "bigint");
        return Stream.of(
                new Case("nullable column: added as modelled",
                        expected(table("orders").notNull("id", "bigint").column("note", "text")), actual(existing),
                        List.of(AddColumn.asModelled(ORDERS, Column.of("note", "text", true)))),
                new Case("NOT NULL column with a default: added as modelled",
                        expected(table("orders").notNull("id", "bigint")
                                .column(new Column("state", "text", false, "'NEW'", Identity.NONE))),
                        actual(existing),
                        List.of(AddColumn.asModelled(ORDERS, new Column("state", "text", false, "'NEW'", Identity.NONE)))),
                new Case("NOT NULL identity column: identity fills the rows",
                        expected(table("orders").notNull("id", "bigint")
                                .column(new Column("seq", "bigint", false, null, Identity.ALWAYS))),
                        actual(existing),
                        List.of(AddColumn.asModelled(ORDERS, new Column("seq", "bigint", false, null, Identity.ALWAYS)))),
                new Case("NOT NULL column on an empty table: added as modelled",
                        expected(table("orders").notNull("id", "bigint").notNull("total", "numeric(10,2)")
                                .from(primitive("Order", "total"))),
                        actual(existing), DiffOptions.defaults().withEmptyTables(Set.of(ORDERS)),
                        List.of(AddColumn.asModelled(ORDERS, Column.of("total", "numeric(10,2)", false)))),
                new Case("NOT NULL column with a --fill value: FILL, even for a primitive",
                        expected(table("orders").notNull("id", "bigint").notNull("qty", "int")
                                .from(primitive("Order", "qty"))),
                        actual(existing),
                        DiffOptions.defaults().withFills(Map.of(new ColumnRef(ORDERS, "qty"), "1")),
                        List.of(new AddColumn(ORDERS, Column.of("qty", "integer", false), NotNullMode.FILL, "1"))),
                new Case("NOT NULL primitive numbers, booleans and chars: their zero as a temporary default",
                        expected(table("orders").notNull("id", "bigint")
                                .notNull("qty", "int").from(primitive("Order", "qty"))
                                .notNull("price", "float8").from(primitive("Order", "price"))
                                .notNull("paid", "boolean").from(primitive("Order", "paid"))
                                .notNull("grade", "char(1)").from(primitive("Order", "grade"))),
                        actual(existing), List.of(
                                new AddColumn(ORDERS, Column.of("qty", "integer", false), NotNullMode.TEMPORARY_DEFAULT, "0"),
                                new AddColumn(ORDERS, Column.of("price", "double precision", false),
                                        NotNullMode.TEMPORARY_DEFAULT, "0"),
                                new AddColumn(ORDERS, Column.of("paid", "boolean", false),
                                        NotNullMode.TEMPORARY_DEFAULT, "false"),
                                new AddColumn(ORDERS, Column.of("grade", "character(1)", false),
                                        NotNullMode.TEMPORARY_DEFAULT, "' '"))),
                new Case("NOT NULL column without a known value: DEFERRED and a backfill finding with its origin",
                        expected(table("orders").notNull("id", "bigint")
                                .notNull("placed_at", "timestamp").from(object("Order", "placedAt"))
                                .notNull("code", "bytea").from(primitive("Order", "code"))),
                        actual(existing), List.of(
                                new AddColumn(ORDERS, Column.of("placed_at", "timestamp without time zone", false),
                                        NotNullMode.DEFERRED, null),
                                new Finding(FindingKind.NEEDS_BACKFILL, ORDERS, "placed_at", "NOT NULL", null,
                                        object("Order", "placedAt")),
                                new AddColumn(ORDERS, Column.of("code", "bytea", false), NotNullMode.DEFERRED, null),
                                new Finding(FindingKind.NEEDS_BACKFILL, ORDERS, "code", "NOT NULL", null,
                                        primitive("Order", "code")))));
    }

    static Stream<Case> columnComparisons() {
        Origin status = object("Order", "status");
        return Stream.of(
                new Case("type differs: reported with its origin, never changed",
                        expected(table("orders").column("status", "varchar(20)").from(status)),
                        actual(table("orders").column("status", "varchar(10)")), List.of(
                                new Finding(FindingKind.TYPE_MISMATCH, ORDERS, "status", "character varying(20)",
                                        "character varying(10)", status))),
                new Case("type aliases are the same type",
                        expected(table("orders").column("n", "int4").column("t", "timestamptz")),
                        actual(table("orders").column("n", "integer").column("t", "timestamp with time zone")),
                        List.of()),
                new Case("nullability differs either way",
                        expected(table("orders").notNull("a", "int").column("b", "int")),
                        actual(table("orders").column("a", "int").notNull("b", "int")), List.of(
                                new Finding(FindingKind.NULLABILITY_MISMATCH, ORDERS, "a", "NOT NULL", "NULL", null),
                                new Finding(FindingKind.NULLABILITY_MISMATCH, ORDERS, "b", "NULL", "NOT NULL", null))),
                new Case("defaults equal after casts, parentheses, case and quoted numbers are set aside",
                        expected(table("orders")
                                .column(Column.of("s", "varchar(5)", true).withDefault("'NEW'"))
                                .column(Column.of("n", "int", true).withDefault("-1"))
                                .column(Column.of("t", "timestamp", true).withDefault("NOW()"))
                                .column(Column.of("d", "numeric(5,2)", true).withDefault("(1.50)"))),
                        actual(table("orders")
                                .column(Column.of("s", "varchar(5)", true).withDefault("'NEW'::character varying"))
                                .column(Column.of("n", "int", true).withDefault("'-1'::integer"))
                                .column(Column.of("t", "timestamp", true).withDefault("now()"))
                                .column(Column.of("d", "numeric(5,2)", true).withDefault("1.50"))),
                        List.of()),
                new Case("default differs, or is missing in the database",
                        expected(table("orders")
                                .column(Column.of("s", "text", true).withDefault("'NEW'"))
                                .column(Column.of("n", "int", true).withDefault("0"))),
                        actual(table("orders")
                                .column(Column.of("s", "text", true).withDefault("'new'::text"))
                                .column(Column.of("n", "int", true))), List.of(
                                new Finding(FindingKind.DEFAULT_MISMATCH, ORDERS, "s", "DEFAULT 'NEW'",
                                        "DEFAULT 'new'::text", null),
                                new Finding(FindingKind.DEFAULT_MISMATCH, ORDERS, "n", "DEFAULT 0", null, null))),
                new Case("a default only the database has is fine",
                        expected(table("orders").column("n", "int")),
                        actual(table("orders").column(Column.of("n", "int", true).withDefault("0"))), List.of()),
                new Case("identity expected where the database has a serial default, and the other way round",
                        expected(table("orders")
                                .column(new Column("id", "bigint", false, null, Identity.BY_DEFAULT))
                                .notNull("seq", "bigint")),
                        actual(table("orders")
                                .column(new Column("id", "bigint", false, "nextval('orders_id_seq'::regclass)",
                                        Identity.NONE))
                                .column(new Column("seq", "bigint", false, null, Identity.ALWAYS))), List.of(
                                new Finding(FindingKind.DEFAULT_MISMATCH, ORDERS, "id",
                                        "GENERATED BY DEFAULT AS IDENTITY",
                                        "DEFAULT nextval('orders_id_seq'::regclass)", null),
                                new Finding(FindingKind.DEFAULT_MISMATCH, ORDERS, "seq", null,
                                        "GENERATED ALWAYS AS IDENTITY", null))));
    }

    static Stream<Case> keys() {
        return Stream.of(
                new Case("primary key missing: added",
                        expected(table("orders").notNull("id", "bigint").pk("id")),
                        actual(table("orders").notNull("id", "bigint")),
                        List.of(new AddPrimaryKey(ORDERS, new PrimaryKey("orders_pkey", List.of("id"))))),
                new Case("primary key under another name and column order: satisfied",
                        expected(table("orders").notNull("a", "int").notNull("b", "int").pk("a", "b")),
                        actual(table("orders").notNull("a", "int").notNull("b", "int").namedPk("pk_orders", "b", "a")),
                        List.of()),
                new Case("primary key over other columns: reported with the first key column's origin",
                        expected(table("orders").notNull("id", "bigint").from(object("Order", "id"))
                                .notNull("code", "text").pk("id")),
                        actual(table("orders").notNull("id", "bigint").notNull("code", "text").pk("code")),
                        List.of(new Finding(FindingKind.PRIMARY_KEY_MISMATCH, ORDERS, null, "id", "code",
                                object("Order", "id")))),
                new Case("unique key satisfied by a constraint under another name, or by a unique index",
                        expected(table("users").column("email", "text").column("Login", "text")
                                .unique("uk_email", "email").unique("uk_login", "Login")),
                        actual(table("users").column("email", "text").column("Login", "text")
                                .unique("users_email_key", "email").uniqueIndex("users_login_idx", "\"Login\"")),
                        List.of()),
                new Case("unique key not satisfied by a plain index or another column set: added",
                        expected(table("users").column("a", "text").column("b", "text")
                                .unique("uk_a", "a").unique("uk_ab", "a", "b")),
                        actual(table("users").column("a", "text").column("b", "text")
                                .index("users_a_idx", "a").unique("uk_b", "b")), List.of(
                                new AddUniqueKey(name("users"), new UniqueKey("uk_a", List.of("a"))),
                                new AddUniqueKey(name("users"), new UniqueKey("uk_ab", List.of("a", "b"))))));
    }

    static Stream<Case> indexes() {
        var base = table("orders").column("a", "int").column("b", "int");
        return Stream.of(
                new Case("index missing: created",
                        expected(table("orders").column("a", "int").index("ix_a", "a")),
                        actual(table("orders").column("a", "int")),
                        List.of(new CreateIndex(ORDERS, new Index("ix_a", List.of("a"), false)))),
                new Case("index with the same name but other parts: satisfied (its name is taken)",
                        expected(table("orders").column("a", "int").column("b", "int").index("ix", "a")),
                        actual(table("orders").column("a", "int").column("b", "int").index("ix", "b")), List.of()),
                new Case("index with the same parts under another name, direction spelled differently: satisfied",
                        expected(table("orders").column("a", "int").column("b", "int").index("ix_ab", "a", "b desc")),
                        actual(table("orders").column("a", "int").column("b", "int")
                                .index("orders_a_b_idx", "a ASC", "b DESC")), List.of()),
                new Case("unique index wanted, plain index present: created",
                        expected(table("orders").column("a", "int").uniqueIndex("ux_a", "a")),
                        actual(table("orders").column("a", "int").index("ix_a", "a")),
                        List.of(new CreateIndex(ORDERS, new Index("ux_a", List.of("a"), true)))),
                new Case("parts in another order: created",
                        expected(table("orders").column("a", "int").column("b", "int").index("ix_ba", "b", "a")),
                        actual(base.index("ix_ab", "a", "b")),
                        List.of(new CreateIndex(ORDERS, new Index("ix_ba", List.of("b", "a"), false)))));
    }

    static Stream<Case> foreignKeysAndChecks() {
        var customers = table("customers").notNull("id", "bigint").pk("id").column("code", "text");
        return Stream.of(
                new Case("foreign key missing: added",
                        expected(customers, table("orders").column("customer_id", "bigint")
                                .fk("fk_customer", "customer_id", "customers")),
                        actual(customers, table("orders").column("customer_id", "bigint")), List.of(
                                new AddForeignKey(ORDERS, new ForeignKey("fk_customer", List.of("customer_id"),
                                        name("customers"), List.of("id"), ReferentialAction.NO_ACTION, true)))),
                new Case("foreign key under another name: satisfied; another referenced column: added",
                        expected(customers, table("orders").column("customer_id", "bigint").column("code", "text")
                                .fk("fk_customer", "customer_id", "customers")
                                .fk(new ForeignKey("fk_code", List.of("code"), name("customers"), List.of("code"),
                                        ReferentialAction.CASCADE, true))),
                        actual(customers, table("orders").column("customer_id", "bigint").column("code", "text")
                                .fk("orders_customer_id_fkey", "customer_id", "customers")
                                .fk(new ForeignKey("fk_code", List.of("code"), name("customers"), List.of("id"),
                                        ReferentialAction.CASCADE, true))), List.of(
                                new AddForeignKey(ORDERS, new ForeignKey("fk_code", List.of("code"),
                                        name("customers"), List.of("code"), ReferentialAction.CASCADE, true)))),
                new Case("foreign key present NOT VALID: reported",
                        expected(customers, table("orders").column("customer_id", "bigint")
                                .from(object("Order", "customer")).fk("fk_customer", "customer_id", "customers")),
                        actual(customers, table("orders").column("customer_id", "bigint")
                                .fk(new ForeignKey("fk_c", List.of("customer_id"), name("customers"), List.of("id"),
                                        ReferentialAction.NO_ACTION, false))), List.of(
                                new Finding(FindingKind.CONSTRAINT_NOT_VALIDATED, ORDERS, null, "fk_c VALID",
                                        "fk_c NOT VALID", object("Order", "customer")))),
                new Case("check missing: added",
                        expected(table("orders").column("qty", "int").check("ck_qty", "qty >= 0")),
                        actual(table("orders").column("qty", "int")),
                        List.of(new AddCheck(ORDERS, new CheckConstraint("ck_qty", "qty >= 0")))),
                new Case("checks deparsed by PostgreSQL: same literals or numbers are the same check",
                        expected(table("orders").column("status", "varchar(10)").column("qty", "int")
                                .column("code", "text")
                                .check("ck_status", "status in ('A','B')")
                                .check("ck_qty", "qty between 1 and 10")
                                .check("ck_neg", "qty >= -5")
                                .check("ck_code", "lower(code) = code")),
                        actual(table("orders").column("status", "varchar(10)").column("qty", "int")
                                .column("code", "text")
                                .check("ck_status", "((status)::text = ANY ((ARRAY['B'::character varying, "
                                        + "'A'::character varying])::text[]))")
                                .check("ck_qty", "((qty >= 1) AND (qty <= 10))")
                                .check("ck_neg", "(qty >= '-5'::integer)")
                                .check("ck_code", "(upper(code) = code)")), List.of()),
                new Case("checks of the same name with other literals or numbers: reported, by check name",
                        expected(table("orders").column("status", "text").column("qty", "int")
                                .check("ck_status", "status in ('A','B')").check("ck_qty", "qty <= 10")),
                        actual(table("orders").column("status", "text").column("qty", "int")
                                .check("ck_status", "(status = ANY (ARRAY['A'::text, 'C'::text]))")
                                .check("ck_qty", "(qty <= 100)")), List.of(
                                new Finding(FindingKind.CHECK_MISMATCH, ORDERS, null, "qty <= 10", "(qty <= 100)",
                                        null),
                                new Finding(FindingKind.CHECK_MISMATCH, ORDERS, null, "status in ('A','B')",
                                        "(status = ANY (ARRAY['A'::text, 'C'::text]))", null))));
    }

    static Stream<Case> sequencesAndSchemas() {
        var billing = table("billing", "invoices").notNull("id", "bigint");
        var existingBilling = table("billing", "payments").notNull("id", "bigint");
        return Stream.of(
                new Case("sequence missing: created; extra sequences ignored",
                        expected(List.of(), List.of(sequence("public", "orders_seq", 1, 50))),
                        actual(List.of(), List.of(sequence("public", "legacy_seq", 1, 1))),
                        List.of(new CreateSequence(sequence("public", "orders_seq", 1, 50)))),
                new Case("sequence increment differs: reported",
                        expected(List.of(), List.of(sequence("public", "orders_seq", 1, 50))),
                        actual(List.of(), List.of(sequence("public", "orders_seq", 1, 1))), List.of(
                                new Finding(FindingKind.SEQUENCE_INCREMENT_MISMATCH, name("orders_seq"), null,
                                        "INCREMENT BY 50", "INCREMENT BY 1", null))),
                new Case("tables and a sequence in a new schema: one CREATE SCHEMA first",
                        expected(List.of(billing, table("billing", "lines").notNull("id", "bigint")),
                                List.of(sequence("billing", "invoice_seq", 1, 1))),
                        actual(), List.of(
                                new CreateSchema("billing"),
                                new CreateSequence(sequence("billing", "invoice_seq", 1, 1)),
                                new CreateTable(billing.build()),
                                new CreateTable(table("billing", "lines").notNull("id", "bigint").build()))),
                new Case("table in a schema the database already uses, or in public: no CREATE SCHEMA",
                        expected(billing, existingBilling, table("orders").column("id", "int")),
                        actual(existingBilling), List.of(
                                new CreateTable(billing.build()),
                                new CreateTable(table("orders").column("id", "int").build()))));
    }

    static Stream<Case> drift() {
        return Stream.of(
                new Case("extra table and column: reported, never dropped",
                        expected(table("orders").column("id", "int")),
                        actual(table("orders").column("id", "int").notNull("legacy", "text"),
                                table("audit_log").column("id", "int").column("at", "timestamp")), List.of(
                                new Finding(FindingKind.EXTRA_COLUMN, ORDERS, "legacy", null, "text NOT NULL", null),
                                new Finding(FindingKind.EXTRA_TABLE, name("audit_log"), null, null, "2 columns", null))),
                new Case("migration tool tables are not drift",
                        expected(table("orders").column("id", "int")),
                        actual(table("orders").column("id", "int"),
                                table("flyway_schema_history").column("version", "text"),
                                table("tools", "alembic_version").column("version_num", "text")), List.of()));
    }

    static Stream<Case> longNames() {
        var customers = table("customers").notNull("id", "bigint").pk("id");
        return Stream.of(
                new Case("column name over 63 bytes: withheld, no backfill finding",
                        expected(table("orders").column("id", "int").notNull(LONG_NAME, "text")
                                .from(object("Order", "longField"))),
                        actual(table("orders").column("id", "int")), List.of(
                                new Finding(FindingKind.NAME_TOO_LONG, ORDERS, LONG_NAME, LONG_NAME,
                                        "64 bytes; PostgreSQL keeps 63", object("Order", "longField")))),
                new Case("63 bytes is fine", expected(table("orders").column("x".repeat(63), "int")),
                        actual(table("orders")),
                        List.of(AddColumn.asModelled(ORDERS, Column.of("x".repeat(63), "int", true)))),
                new Case("bytes, not characters, count: a multi-byte index name is withheld",
                        expected(table("orders").column("a", "int").index(LONG_UTF8_NAME, "a")),
                        actual(table("orders").column("a", "int")), List.of(
                                new Finding(FindingKind.NAME_TOO_LONG, ORDERS, null, LONG_UTF8_NAME,
                                        "64 bytes; PostgreSQL keeps 63", null))),
                new Case("long table name: the table, its index and foreign keys to it are withheld",
                        expected(customers, table(LONG_NAME).notNull("id", "bigint").namedPk("pk_long", "id").index("ix", "id"),
                                table("orders").column("c", "bigint").fk("fk_long", "c", LONG_NAME)),
                        actual(customers, table("orders").column("c", "bigint")), List.of(
                                new Finding(FindingKind.NAME_TOO_LONG, name(LONG_NAME), null, LONG_NAME,
                                        "64 bytes; PostgreSQL keeps 63", null))),
                new Case("long schema name: its tables are withheld and the schema is not created",
                        expected(table(LONG_NAME, "t").column("id", "int")), actual(), List.of(
                                new Finding(FindingKind.NAME_TOO_LONG, QualifiedName.of(LONG_NAME, "t"), null,
                                        LONG_NAME, "64 bytes; PostgreSQL keeps 63", null))));
    }
}
