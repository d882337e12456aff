package dev.schemadiff.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LooseSqlTest {

    static Stream<Arguments> normalizations() {
        return Stream.of(
                Arguments.of("'open'::character varying", "'open'"),
                Arguments.of("'-1'::integer", "-1"),
                Arguments.of("(0)::numeric(10,2)", "0"),
                Arguments.of("'{}'::text[]", "'{}'"),
                Arguments.of("'2020-01-01 00:00:00'::timestamp without time zone", "'2020-01-01 00:00:00'"),
                Arguments.of("nextval('orders_seq'::regclass)", "nextval('orders_seq')"),
                Arguments.of("CURRENT_TIMESTAMP", "current_timestamp"),
                Arguments.of("('It''s' || \"Name\")", "'It''s'||\"Name\""),
                Arguments.of("((qty >= 1) AND (qty <= 10))", "qty>=1 and qty<=10"),
                Arguments.of("'a'::\"MyType\" = x", "'a'=x"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("normalizations")
    void normalizes(String sql, String normalized) {
        assertEquals(normalized, LooseSql.normalize(sql));
    }

    static Stream<Arguments> checks() {
        return Stream.of(
                Arguments.of("status in ('A','B')",
                        "((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))",
                        true),
                Arguments.of("status in ('A','B')", "(status = ANY (ARRAY['A'::text]))", false),
                Arguments.of("name <> 'it''s'", "((name)::text <> 'it''s'::text)", true),
                Arguments.of("qty between 0 and 10", "((qty >= 0) AND (qty <= 10))", true),
                Arguments.of("qty >= 0.50", "(qty >= 0.5)", true),
                Arguments.of("qty >= 1", "(qty >= 2)", false),
                Arguments.of("col1 > 0", "(col1 > 0)", true),
                Arguments.of("lower(code) = code", "(upper(code) = code)", true));
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @MethodSource("checks")
    void comparesChecksLoosely(String expected, String actual, boolean same) {
        assertEquals(same, LooseSql.sameCheck(expected, actual));
    }
}
