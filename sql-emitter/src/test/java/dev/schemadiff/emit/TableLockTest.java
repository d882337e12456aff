package dev.schemadiff.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.Index;
import dev.schemadiff.schema.PrimaryKey;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.Table;
import dev.schemadiff.schema.change.AddColumn;
import dev.schemadiff.schema.change.AddForeignKey;
import dev.schemadiff.schema.change.ChangeSet;
import dev.schemadiff.schema.change.CreateIndex;
import dev.schemadiff.schema.change.CreateTable;
import dev.schemadiff.schema.change.SchemaChange;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** Which tables a plan locks up front, in which mode, and in which order. */
class TableLockTest {
    private static final QualifiedName USERS = QualifiedName.of("public", "users");
    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
    private static final QualifiedName AUDIT = QualifiedName.of("public", "audit");
    private static final QualifiedName INVOICE = QualifiedName.of("billing", "invoice");

    @Test
    void eachExistingTableGetsTheStrongestModeItNeeds() {
        SortedMap<QualifiedName, TableLock> locks = TableLock.requiredBy(emit(
                new CreateTable(new Table(INVOICE, List.of(Column.of("id", "bigint", false)),
                        new PrimaryKey("invoice_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of())),
                new CreateIndex(AUDIT, new Index("ix_audit_at", List.of("at"), false)),
                AddColumn.asModelled(ORDERS, Column.of("note", "text", true)),
                new AddForeignKey(ORDERS, foreignKey("fk_orders_user", USERS)),
                new AddForeignKey(INVOICE, foreignKey("fk_invoice_order", ORDERS))));

        assertEquals(Map.of(AUDIT, TableLock.SHARE, ORDERS, TableLock.ACCESS_EXCLUSIVE,
                USERS, TableLock.SHARE_ROW_EXCLUSIVE), locks, "the created table billing.invoice is not locked");
        assertEquals(List.of(AUDIT, ORDERS, USERS), List.copyOf(locks.keySet()));
        assertEquals("LOCK TABLE public.users IN SHARE ROW EXCLUSIVE MODE", TableLock.SHARE_ROW_EXCLUSIVE.sql(USERS));
        assertEquals("LOCK TABLE billing.\"Order\" IN ACCESS EXCLUSIVE MODE",
                TableLock.ACCESS_EXCLUSIVE.sql(QualifiedName.of("billing", "Order")));
    }

    private static List<PlannedStatement> emit(SchemaChange... changes) {
        return PlanEmitter.emit(new ChangeSet(List.of(changes), List.of())).statements();
    }

    private static ForeignKey foreignKey(String name, QualifiedName referenced) {
        return new ForeignKey(name, List.of("user_id"), referenced, List.of("id"), ForeignKey.ReferentialAction.NO_ACTION,
                true);
    }
}
