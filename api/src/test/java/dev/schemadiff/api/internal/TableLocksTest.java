package dev.schemadiff.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order apply takes its table locks in: parents before the tables that reference them. */
class TableLocksTest {
    private static final QualifiedName CANDIDATE = QualifiedName.of("public", "candidate");
    private static final QualifiedName SKILL = QualifiedName.of("public", "candidate_skill");
    private static final QualifiedName USERS = QualifiedName.of("public", "users");
    private static final QualifiedName AUDIT = QualifiedName.of("public", "audit");

    @Test
    void parentsComeBeforeTheirChildrenWhicheverModelNamesTheKey() {
        SchemaModel catalog = new SchemaModel(List.of(table(SKILL, CANDIDATE)), List.of());
        SchemaModel expected = new SchemaModel(List.of(table(CANDIDATE, USERS)), List.of());

        assertEquals(List.of(AUDIT, USERS, CANDIDATE, SKILL),
                TableLocks.parentsFirst(Set.of(SKILL, CANDIDATE, USERS, AUDIT), List.of(catalog, expected)));
    }

    @Test
    void aCycleIsBrokenByName() {
        SchemaModel cyclic = new SchemaModel(List.of(table(USERS, CANDIDATE), table(CANDIDATE, USERS)), List.of());

        assertEquals(List.of(CANDIDATE, USERS), TableLocks.parentsFirst(Set.of(USERS, CANDIDATE), List.of(cyclic)));
    }

    private static Table table(QualifiedName name, QualifiedName references) {
        ForeignKey key = new ForeignKey("fk_" + name.name(), List.of("ref_id"), references, List.of("id"),
                ForeignKey.ReferentialAction.NO_ACTION, true);
        return new Table(name, List.of(Column.of("ref_id", "bigint", true)), null, List.of(), List.of(), List.of(key),
                List.of());
    }
}
