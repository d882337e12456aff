package dev.schemadiff.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.review.internal.MarkdownReport;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.Sequence;
import dev.schemadiff.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RenderingTest {

    /** A review of many tables: the Markdown stops adding sections before GitHub's comment limit and says so. */
    @Test
    void markdownStaysUnderTheCommentLimitWithATruncationNote() {
        List<ReviewEntry> entries = new ArrayList<>();
        Map<QualifiedName, List<String>> sql = new TreeMap<>();
        for (int i = 0; i < 2_000; i++) {
            QualifiedName name = QualifiedName.of("public", String.format("table_%04d", i));
            Table table = Table.of(name, List.of(Column.of("id", "bigint", false), Column.of("title", "text", true)));
            entries.add(new ReviewEntry(new ReviewChange.TableAdded(table), "Entity" + i, null, List.of()));
            sql.put(name, List.of("CREATE TABLE " + name + " (id bigint NOT NULL, title text)"));
        }
        ReviewReport report = new ReviewReport("main", "feature", entries, sql, List.of(), List.of());

        String markdown = ReviewFormat.MARKDOWN.render(report, Set.of(), false);

        assertTrue(markdown.length() <= MarkdownReport.COMMENT_LIMIT, "length " + markdown.length());
        assertTrue(markdown.contains("> **Truncated:**"), "a truncation note");
        assertTrue(markdown.contains("### `public.table_0000`"), "the first sections are kept whole");
        assertFalse(markdown.contains("### `public.table_1999`"));
        String small = MarkdownReport.render(new ReviewReport("main", "feature", entries.subList(0, 3),
                Map.of(), List.of(), List.of()), Set.of(), MarkdownReport.COMMENT_LIMIT);
        assertFalse(small.contains("Truncated"));
    }

    /** Each renderer and the hazard rules handle every permitted change: Java 17 has no exhaustive switch. */
    @Test
    void everyReviewChangeRendersInEveryFormat() {
        QualifiedName table = QualifiedName.of("public", "item");
        Column column = Column.of("name", "text", true);
        Table item = Table.of(table, List.of(column));
        Sequence sequence = new Sequence(QualifiedName.of("public", "item_seq"), 1, 50);
        TableConstraint check = new TableConstraint.Check(new dev.schemadiff.schema.CheckConstraint("c", "length(name) > 0"));
        List<ReviewChange> changes = List.of(new ReviewChange.TableAdded(item), new ReviewChange.TableRemoved(item),
                new ReviewChange.TableRenamed(item, item), new ReviewChange.ColumnAdded(table, column),
                new ReviewChange.ColumnRemoved(table, column), new ReviewChange.ColumnRenamed(table, column, column),
                new ReviewChange.ColumnChanged(table, column, column.withNullable(false),
                        Set.of(ReviewChange.ColumnChanged.Aspect.NULLABILITY)),
                new ReviewChange.ConstraintAdded(table, check), new ReviewChange.ConstraintRemoved(table, check),
                new ReviewChange.ConstraintChanged(table, check, check), new ReviewChange.SequenceAdded(sequence),
                new ReviewChange.SequenceRemoved(sequence), new ReviewChange.SequenceChanged(sequence, sequence),
                new ReviewChange.EnumReordered(table, "level", "Level", List.of("A", "B"), List.of("B", "A")));
        assertEquals(ReviewChange.class.getPermittedSubclasses().length, changes.stream().map(Object::getClass).distinct().count());
        var analyzer = new dev.schemadiff.review.internal.HazardAnalyzer(Map.of());
        List<ReviewEntry> entries = changes.stream().map(c -> new ReviewEntry(c, null, null, analyzer.hazards(c))).toList();
        ReviewReport report = new ReviewReport("a", "b", entries, Map.of(), List.of(), List.of());
        for (ReviewFormat format : ReviewFormat.values()) {
            String rendered = format.render(report, Set.of(), true);
            changes.forEach(change -> assertTrue(rendered.contains(format == ReviewFormat.GITHUB
                    ? change.summary() : change.summary().replace("*", "\\*")),
                    () -> format + " lacks " + change.summary()));
        }
    }

    @Test
    void tableSizesReadFromTheDatabaseGoIntoTheHazardDetail() {
        QualifiedName table = QualifiedName.of("public", "item");
        var analyzer = new dev.schemadiff.review.internal.HazardAnalyzer(Map.of(table, new TableSize(12_000, 3_250_000)));
        List<Hazard> hazards = analyzer.hazards(new ReviewChange.ConstraintAdded(table,
                new TableConstraint.IndexOn(new dev.schemadiff.schema.Index("ix", List.of("name"), false))));
        assertEquals(List.of(Hazard.of(HazardCode.INDEX_WITHOUT_CONCURRENTLY, "ix (public.item: ~12,000 rows, 3.1 MB)")),
                hazards);
    }
}
