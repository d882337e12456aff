package dev.schemadiff.emit;

import static dev.schemadiff.diff.Models.actual;
import static dev.schemadiff.diff.Models.expected;
import static dev.schemadiff.diff.Models.name;
import static dev.schemadiff.diff.Models.object;
import static dev.schemadiff.diff.Models.primitive;
import static dev.schemadiff.diff.Models.sequence;
import static dev.schemadiff.diff.Models.table;

import dev.schemadiff.diff.DiffOptions;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.Column.Identity;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.ForeignKey.ReferentialAction;
import dev.schemadiff.schema.QualifiedName;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The golden cases: every change kind, every NOT NULL mode, quoting, several schemas. */
final class GoldenCases {
    private GoldenCases() {
    }

    static Stream<GoldenCase> all() {
        return Stream.of(inSync(), inSyncWithFindings(), newTables(), newSchemaAndSequence(), addColumns(),
                constraintsOnExistingTables(), quoting());
    }

    private static GoldenCase inSync() {
        var orders = table("orders").notNull("id", "bigint").pk("id");
        return new GoldenCase("in-sync", expected(orders), actual(orders), DiffOptions.defaults(), "", List.of());
    }

    private static GoldenCase inSyncWithFindings() {
        return new GoldenCase("in-sync-with-findings",
                expected(table("orders").notNull("id", "bigint").pk("id")
                        .column("status", "varchar(20)").from(object("Order", "status"))
                        .check("ck_status", "status in ('NEW',\n'PAID')")),
                actual(table("orders").notNull("id", "bigint").pk("id").column("status", "varchar(10)")
                                .check("ck_status", "((status)::text = ANY (ARRAY['NEW'::text, 'SENT'::text]))"),
                        table("flyway_schema_history").notNull("installed_rank", "int"),
                        table("audit_log").column("at", "timestamp")),
                DiffOptions.defaults(), "", List.of());
    }

    private static GoldenCase newTables() {
        return new GoldenCase("new-tables",
                expected(
                        table("customers")
                                .column(new Column("id", "bigint", false, null, Identity.BY_DEFAULT)).pk("id")
                                .notNull("email", "varchar(255)").unique("uk_customers_email", "email")
                                .column(Column.of("created_at", "timestamp(6) with time zone", false)
                                        .withDefault("now()"))
                                .column("rating", "int").check("ck_customers_rating", "rating between 1 and 5"),
                        table("orders")
                                .column(new Column("id", "bigint", false, null, Identity.ALWAYS)).pk("id")
                                .notNull("customer_id", "bigint")
                                .fk(new ForeignKey("fk_orders_customer", List.of("customer_id"), name("customers"),
                                        List.of("id"), ReferentialAction.CASCADE, true))
                                .index("ix_orders_customer", "customer_id")
                                .uniqueIndex("ux_orders_customer_placed", "customer_id", "placed_at desc")
                                .column("placed_at", "timestamp")),
                actual(), DiffOptions.defaults(), "", List.of());
    }

    private static GoldenCase newSchemaAndSequence() {
        var customers = table("customers").notNull("id", "bigint").pk("id");
        return new GoldenCase("new-schema-and-sequence",
                expected(List.of(
                                table("billing", "invoices").notNull("id", "bigint").pk("id")
                                        .notNull("customer_id", "bigint")
                                        .fk(new ForeignKey("fk_invoices_customer", List.of("customer_id"),
                                                name("customers"), List.of("id"), ReferentialAction.NO_ACTION, true)),
                                table("customers").notNull("id", "bigint").pk("id").column("last_invoice_id", "bigint")
                                        .fk(new ForeignKey("fk_customers_last_invoice", List.of("last_invoice_id"),
                                                QualifiedName.of("billing", "invoices"), List.of("id"),
                                                ReferentialAction.SET_NULL, true))),
                        List.of(sequence("billing", "invoices_seq", 1, 50))),
                actual(customers), DiffOptions.defaults(), "INSERT INTO public.customers (id) VALUES (1), (2)",
                List.of());
    }

    private static GoldenCase addColumns() {
        QualifiedName orders = name("orders");
        return new GoldenCase("add-columns",
                expected(table("orders").notNull("id", "bigint").pk("id")
                        .column("note", "text").from(object("Order", "note"))
                        .column(Column.of("state", "varchar(10)", false).withDefault("'NEW'"))
                        .column(new Column("seq", "bigint", false, null, Identity.BY_DEFAULT))
                        .notNull("qty", "int").from(primitive("Order", "qty"))
                        .notNull("paid", "boolean").from(primitive("Order", "paid"))
                        .notNull("currency", "char(3)").from(object("Order", "currency"))
                        .notNull("placed_at", "timestamp").from(object("Order", "placedAt")),
                        table("drafts").notNull("id", "bigint").pk("id").notNull("title", "text")),
                actual(table("orders").notNull("id", "bigint").pk("id"), table("drafts").notNull("id", "bigint").pk("id")),
                DiffOptions.defaults()
                        .withFills(Map.of(new ColumnRef(orders, "currency"), "'EUR'"))
                        .withEmptyTables(Set.of(name("drafts"))),
                "INSERT INTO public.orders (id) VALUES (1), (2)", List.of());
    }

    private static GoldenCase constraintsOnExistingTables() {
        var customers = table("customers").notNull("id", "bigint").column("email", "text").column("code", "text");
        return new GoldenCase("constraints-on-existing-tables",
                expected(table("customers").notNull("id", "bigint").pk("id").column("email", "text")
                                .column("code", "text")
                                .unique("uk_customers_email", "email").index("ix_customers_code", "lower(code)"),
                        table("orders").notNull("id", "bigint").column("customer_id", "bigint").column("qty", "int")
                                .check("ck_orders_qty", "qty >= 0")
                                .fk("fk_orders_customer", "customer_id", "customers")),
                actual(customers, table("orders").notNull("id", "bigint").column("customer_id", "bigint")
                        .column("qty", "int")),
                DiffOptions.defaults(),
                "INSERT INTO public.customers (id, email) VALUES (1, 'a@example.org');"
                        + "INSERT INTO public.orders (id, customer_id, qty) VALUES (1, 1, 2), (2, 99, -1), (3, NULL, 1)",
                List.of("ck_orders_qty", "fk_orders_customer"));
    }

    private static GoldenCase quoting() {
        return new GoldenCase("quoting",
                expected(table("user").notNull("id", "bigint").pk("id").column("select", "text")
                                .column("x\"y", "int").column("name", "text").unique("uk_user_select", "select"),
                        table("Sales", "Order").notNull("Id", "bigint").namedPk("Order_pkey", "Id")
                                .column("user_id", "bigint").column("group", "text")
                                .index("Order_group_idx", "group", "Id desc")
                                .fk(new ForeignKey("fk_Order_user", List.of("user_id"), name("user"), List.of("id"),
                                        ReferentialAction.NO_ACTION, true))
                                .check("ck_group", "\"group\" <> ''")),
                actual(table("user").notNull("id", "bigint").pk("id").column("select", "text")),
                DiffOptions.defaults(), "INSERT INTO public.\"user\" (id, \"select\") VALUES (1, 'a')", List.of());
    }
}
