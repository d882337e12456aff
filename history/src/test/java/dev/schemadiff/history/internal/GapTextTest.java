package dev.schemadiff.history.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.history.Gap;
import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.Index;
import dev.schemadiff.schema.PrimaryKey;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.Sequence;
import dev.schemadiff.schema.Table;
import dev.schemadiff.schema.UniqueKey;
import dev.schemadiff.schema.change.AddCheck;
import dev.schemadiff.schema.change.AddColumn;
import dev.schemadiff.schema.change.AddForeignKey;
import dev.schemadiff.schema.change.AddPrimaryKey;
import dev.schemadiff.schema.change.AddUniqueKey;
import dev.schemadiff.schema.change.CreateIndex;
import dev.schemadiff.schema.change.CreateSchema;
import dev.schemadiff.schema.change.CreateSequence;
import dev.schemadiff.schema.change.CreateTable;
import dev.schemadiff.schema.change.SchemaChange;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every kind of change a migration can leave missing is named. */
class GapTextTest {
    private static final QualifiedName TAG = QualifiedName.of("public", "tag");

    @Test
    void namesEveryChangeKind() {
        List<SchemaChange> changes = List.of(
                new CreateSchema("billing"),
                new CreateSequence(new Sequence(QualifiedName.of("public", "tag_seq"), 1, 50)),
                new CreateTable(Table.of(TAG, List.of(Column.of("name", "varchar(40)", false)))),
                AddColumn.asModelled(TAG, Column.of("color", "varchar(7)", false)),
                new AddPrimaryKey(TAG, new PrimaryKey("tag_pkey", List.of("name"))),
                new AddUniqueKey(TAG, new UniqueKey("tag_color_key", List.of("color"))),
                new CreateIndex(TAG, new Index("idx_tag_color", List.of("color"), false)),
                new AddCheck(TAG, new CheckConstraint("tag_color_check", "color <> ''")),
                new AddForeignKey(TAG, new ForeignKey("fk_tag_owner", List.of("owner_id"),
                        QualifiedName.of("public", "users"), List.of("id"), ForeignKey.ReferentialAction.NO_ACTION, true)));
        assertEquals(Arrays.stream(SchemaChange.class.getPermittedSubclasses()).collect(Collectors.toSet()),
                changes.stream().map(Object::getClass).collect(Collectors.toSet()), "a case per permitted change");
        assertEquals(List.of(
                new Gap("billing", "missing schema"),
                new Gap("public.tag_seq", "missing sequence"),
                new Gap("public.tag", "missing table"),
                new Gap("public.tag.color", "missing column character varying(7) NOT NULL"),
                new Gap("public.tag", "missing primary key (name)"),
                new Gap("public.tag", "missing unique key (color)"),
                new Gap("public.tag", "missing index idx_tag_color"),
                new Gap("public.tag", "missing check tag_color_check"),
                new Gap("public.tag", "missing foreign key (owner_id) references public.users")),
                changes.stream().map(GapText::of).toList());
    }
}
