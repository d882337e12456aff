package dev.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.QualifiedName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code --fill} and {@code --lock-timeout} values. */
class OptionValuesTest {

    static Stream<Arguments> fills() {
        return Stream.of(
                Arguments.of("candidate.status='new'", "app", "app", "candidate", "status", "'new'"),
                Arguments.of("hr.candidate.status=0", "app", "hr", "candidate", "status", "0"),
                Arguments.of("Candidate.Expected_Wage = 'n/a' ", "public", "public", "candidate", "expected_wage", "'n/a'"),
                Arguments.of("\"Odd.Table\".\"Col\"=1", "public", "public", "Odd.Table", "Col", "1"),
                Arguments.of("\"say \"\"hi\"\"\".c=1", "public", "public", "say \"hi\"", "c", "1"),
                Arguments.of("t.c=a = b AND c.d", "public", "public", "t", "c", "a = b AND c.d"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fills")
    void parsesFills(String spec, String defaultSchema, String schema, String table, String column, String value) {
        Map<ColumnRef, String> fills = ColumnFills.parse(List.of(spec), defaultSchema);
        assertEquals(Map.of(new ColumnRef(QualifiedName.of(schema, table), column), value), fills);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nonsense | is not [SCHEMA.]TABLE.COLUMN=SQL",
            "column=1 | names 1 parts",
            "a.b.c.d=1 | names 4 parts",
            "t.c= | has no SQL value",
            "t..c=1 | is not",
            "\"t.c=1 | unclosed quote",
            "\"t\"x.c=1 | is not"})
    void rejectsMalformedFills(String spec, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ColumnFills.parse(List.of(spec), "public"));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void rejectsTheSameColumnTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ColumnFills.parse(List.of("t.c=1", "public.T.c=2"), "public"));
        assertTrue(e.getMessage().contains("names public.t.c twice"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"5s, 5000", "500ms, 500", "2m, 120000", "1h, 3600000", "PT5S, 5000", "pt0.25s, 250", " 10S , 10000"})
    void readsDurations(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), new DurationConverter().convert(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"5, is not a duration", "5 sec, is not a duration", "-5s, is not a duration",
            "PTxS, is not a duration", "0s, at least 1ms", "PT-1S, at least 1ms", "PT0.0001S, at least 1ms"})
    void rejectsBadDurations(String text, String fragment) {
        CommandLine.TypeConversionException e = assertThrows(CommandLine.TypeConversionException.class,
                () -> new DurationConverter().convert(text));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
