package dev.schemadiff.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.reader.NamingMode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every hazard is raised by a case and not by its safe twin: a similar change done the safe way. */
class HazardCasesTest {

    record Case(HazardCode code, Map<String, String> trigger, Map<String, String> safe) {
        @Override
        public String toString() {
            return code.code();
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(HazardCode.NOT_NULL_WITHOUT_DEFAULT,
                        Projects.withItem(s -> s.replace("    private Integer qty;",
                                "    private Integer qty;\n\n    @Column(nullable = false)\n    private String code;")),
                        Projects.withItem(s -> s.replace("    private Integer qty;",
                                "    private Integer qty;\n\n    private String code;"))),
                new Case(HazardCode.SET_NOT_NULL,
                        Projects.withItem(s -> s.replace("    private String name;", "    @Column(nullable = false)\n    private String name;")),
                        Projects.withItem(s -> s.replace("    private String name;", "    @Column(length = 300)\n    private String name;"))),
                new Case(HazardCode.TYPE_NARROWING,
                        Projects.withItem(s -> s.replace("    private String name;", "    @Column(length = 100)\n    private String name;")),
                        Projects.withItem(s -> s.replace("    private String name;", "    @Column(length = 300)\n    private String name;"))),
                new Case(HazardCode.TYPE_CHANGE_REWRITES,
                        Projects.withItem(s -> s.replace("private Integer qty;", "private Long qty;")),
                        Projects.withItem(s -> s.replace("    private String name;", "    @Column(columnDefinition = \"text\")\n    private String name;"))),
                new Case(HazardCode.INDEX_WITHOUT_CONCURRENTLY,
                        Projects.withItem(s -> s.replace("@Entity\n", "@Entity\n@Table(indexes = @Index(name = \"ix_item_name\", columnList = \"name\"))\n")),
                        Projects.withNewEntity("@Entity @Table(indexes = @Index(name = \"ix_extra_name\", columnList = \"name\"))\nprivate String name;")),
                new Case(HazardCode.UNIQUE_OVER_EXISTING_DATA,
                        Projects.withItem(s -> s.replace("    private String name;", "    @Column(unique = true)\n    private String name;")),
                        Projects.withNewEntity("@Entity\n@Column(unique = true)\nprivate String name;")),
                new Case(HazardCode.FK_VALIDATION_SCAN,
                        Projects.withItem(s -> s.replace("    private Integer qty;", "    private Integer qty;\n\n    @ManyToOne\n    private Owner owner;")),
                        Projects.withNewEntity("@Entity\n@ManyToOne\nprivate Owner owner;")),
                new Case(HazardCode.CHECK_VALIDATION_SCAN,
                        Projects.withItem(s -> s.replace("    private Integer qty;", "    private Integer qty;\n\n    @Enumerated(EnumType.STRING)\n    private Kind other;")),
                        Projects.withNewEntity("@Entity\n@Enumerated(EnumType.STRING)\nprivate Kind other;")),
                new Case(HazardCode.ENUM_STRING_CONSTANT_ADDED,
                        Projects.with("app/Kind.java", s -> s.replace("TOOL", "TOOL,\n    GAME")),
                        Projects.withItem(s -> s.replace("@Column(length = 20)", "@Column(length = 30)"))),
                new Case(HazardCode.ENUM_ORDINAL_REORDERED,
                        Projects.with("app/Level.java", s -> s.replace("LOW,\n    HIGH", "HIGH,\n    LOW")),
                        Projects.with("app/Level.java", s -> s.replace("HIGH", "HIGH,\n    TOP"))),
                new Case(HazardCode.SEQUENCE_ALLOCATION_CHANGED,
                        Projects.withItem(s -> s.replace("allocationSize = 50", "allocationSize = 10")),
                        Projects.withItem(s -> s.replace("allocationSize = 50", "allocationSize = 50, initialValue = 1000"))),
                new Case(HazardCode.RENAME_SUSPECTED,
                        Projects.withItem(s -> s.replace("private String name;", "private String title;")),
                        Projects.withItem(s -> s.replace("private String name;", "private String name;\n\n    private String title;"))),
                new Case(HazardCode.COLUMN_REMOVED,
                        Projects.withItem(s -> s.replace("    private Integer qty;\n", "")),
                        Projects.withItem(s -> s.replace("private Integer qty;", "private Integer qty;\n\n    private Integer stock;"))),
                new Case(HazardCode.TABLE_REMOVED,
                        removed(Projects.base(), "app/Owner.java"),
                        Projects.withNewEntity("@Entity\nprivate String name;")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void raisedByTheCaseNotByItsSafeTwin(Case hazardCase, @TempDir Path dir) {
        Projects.write(Projects.base(), dir.resolve("base"));
        Projects.write(hazardCase.trigger(), dir.resolve("trigger"));
        Projects.write(hazardCase.safe(), dir.resolve("safe"));

        ReviewReport triggered = review(dir.resolve("base"), dir.resolve("trigger"));
        ReviewReport safe = review(dir.resolve("base"), dir.resolve("safe"));

        assertTrue(codes(triggered).contains(hazardCase.code()), () -> "expected " + hazardCase.code().code()
                + " in " + describe(triggered));
        assertFalse(codes(safe).contains(hazardCase.code()), () -> "did not expect " + hazardCase.code().code()
                + " in " + describe(safe));
        assertFalse(safe.entries().isEmpty(), "the safe twin is a change too: " + describe(safe));
    }

    @Test
    void everyHazardCodeHasACase() {
        Set<HazardCode> covered = cases().map(Case::code).collect(Collectors.toCollection(() -> EnumSet.noneOf(HazardCode.class)));
        assertEquals(EnumSet.allOf(HazardCode.class), covered);
        assertEquals(HazardCode.values().length, Arrays.stream(HazardCode.values()).map(HazardCode::code).distinct().count());
    }

    static ReviewReport review(Path base, Path head) {
        return new SchemaReview().review(new ReviewRequest(new ReviewSource.Folder(base), new ReviewSource.Folder(head),
                List.of(Projects.SOURCES), List.of(), NamingMode.SPRING, ReviewRequest.TableSizes.NONE));
    }

    private static Set<HazardCode> codes(ReviewReport report) {
        return report.entries().stream().flatMap(e -> e.hazards().stream()).map(Hazard::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(HazardCode.class)));
    }

    private static String describe(ReviewReport report) {
        return report.entries().stream().map(e -> e.change().subject() + " " + e.change().summary() + " "
                + e.hazards().stream().map(h -> h.code().code()).toList()).collect(Collectors.joining("; "));
    }

    private static Map<String, String> removed(Map<String, String> files, String file) {
        files.remove(Projects.SOURCES + "/" + file);
        return files;
    }
}
