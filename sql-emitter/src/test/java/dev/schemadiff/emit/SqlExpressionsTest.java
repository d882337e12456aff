package dev.schemadiff.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fill values: one expression passes; anything that could end or widen the statement around it does not. */
class SqlExpressionsTest {

    static Stream<Arguments> expressions() {
        return Stream.of(
                Arguments.of("'unknown'", null),
                Arguments.of("0", null),
                Arguments.of("now()", null),
                Arguments.of("coalesce(city, 'n/a') || ' (' || country_code || ')'", null),
                Arguments.of("'it''s; fine -- really /* yes */ )'", null),
                Arguments.of("E'back\\\\slash \\' quote; )'", null),
                Arguments.of("\"odd;name\"", null),
                Arguments.of("$$dollar; ) -- quoted$$", null),
                Arguments.of("$tag$ $$ ; $tag$", null),
                Arguments.of("(SELECT max(id) FROM users)", null),
                Arguments.of("price$1 * 2", null),
                Arguments.of("'x'); DELETE FROM users; --", "it closes a parenthesis it did not open"),
                Arguments.of("'x'; DELETE FROM users", "it holds a ';', which would end the statement"),
                Arguments.of("'x'), other = ('y'", "it closes a parenthesis it did not open"),
                Arguments.of("'x' -- rest of the line", "it holds a comment"),
                Arguments.of("'x' /* hidden */", "it holds a comment"),
                Arguments.of("'unclosed", "a quote in it is not closed"),
                Arguments.of("E'unclosed\\'", "a quote in it is not closed"),
                Arguments.of("\"unclosed", "a quote in it is not closed"),
                Arguments.of("$$unclosed", "a quote in it is not closed"),
                Arguments.of("(1", "a parenthesis in it is not closed"),
                Arguments.of("   ", "it is empty"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("expressions")
    void checksOneExpression(String sql, String reason) {
        assertEquals(Optional.ofNullable(reason), SqlExpressions.whyNotOneExpression(sql));
    }

    @Test
    void aNameEndingInEBeforeAQuoteIsNoEscapeString() {
        // "name'..." is not E'...': the backslash is literal, so the quote after it closes the string.
        assertEquals(Optional.of("it holds a ';', which would end the statement"),
                SqlExpressions.whyNotOneExpression("some_name'\\'; x"));
    }
}
