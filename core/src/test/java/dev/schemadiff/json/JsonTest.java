package dev.schemadiff.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonTest {

    static Stream<Arguments> strings() {
        return Stream.of(
                Arguments.of("quote and backslash", "say \"hi\" \\ bye", "\"say \\\"hi\\\" \\\\ bye\""),
                Arguments.of("line breaks and tab", "a\nb\r\tc", "\"a\\nb\\r\\tc\""),
                Arguments.of("other control characters", "\u0000\u001f\b\f", "\"\\u0000\\u001f\\b\\f\""),
                Arguments.of("JavaScript line separators", "\u2028\u2029", "\"\\u2028\\u2029\""),
                Arguments.of("lone surrogates", "\ud800x\udc00", "\"\\ud800x\\udc00\""),
                Arguments.of("surrogate pair kept", "\ud83d\ude00", "\"\ud83d\ude00\""),
                Arguments.of("plain unicode kept", "Zürich ✓ /", "\"Zürich ✓ /\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strings")
    void escapesStrings(String name, String input, String expected) {
        StringBuilder out = new StringBuilder();
        Json.quote(input, out);
        assertEquals(expected, out.toString());
        assertEquals(input, JsonParser.parse(out.toString()), "round trip");
    }

    @Test
    void writesNestedValuesInOrder() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("b", 1);
        document.put("a", Arrays.asList("x", null, true, 2L));
        document.put("empty", Map.of());
        document.put("none", List.of());
        String json = Json.write(document);
        assertEquals("{\n  \"b\": 1,\n  \"a\": [\n    \"x\",\n    null,\n    true,\n    2\n  ],\n"
                + "  \"empty\": {},\n  \"none\": []\n}\n", json);
        assertEquals(Map.of("b", 1L, "a", Arrays.asList("x", null, true, 2L), "empty", Map.of(), "none", List.of()),
                JsonParser.parse(json));
    }

    @Test
    void refusesValuesWithoutAJsonForm() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of("x", new Object())));
    }
}
