package dev.schemadiff.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PgTypesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            varchar(255)                  | character varying(255)
            VARCHAR(120)                  | character varying(120)
            character varying(255)        | character varying(255)
            varchar                       | character varying
            int                           | integer
            int4                          | integer
            serial                        | integer
            int8                          | bigint
            bigserial                     | bigint
            int2                          | smallint
            float4                        | real
            float8                        | double precision
            float(53)                     | double precision
            float(24)                     | real
            double precision              | double precision
            bool                          | boolean
            numeric(38,2)                 | numeric(38,2)
            numeric(38, 2)                | numeric(38,2)
            decimal(10,2)                 | numeric(10,2)
            numeric(21)                   | numeric(21,0)
            numeric                       | numeric
            char(1)                       | character(1)
            char                          | character(1)
            character(3)                  | character(3)
            timestamp                     | timestamp without time zone
            timestamp(6)                  | timestamp(6) without time zone
            timestamp(6) with time zone   | timestamp(6) with time zone
            timestamptz                   | timestamp with time zone
            time(6)                       | time(6) without time zone
            timetz                        | time with time zone
            interval second(6)            | interval second(6)
            varchar(255) array            | character varying(255)[]
            integer[]                     | integer[]
            int ARRAY                     | integer[]
            text[][]                      | text[]
            int[3][4]                     | integer[]
            jsonb                         | jsonb
            bytea                         | bytea
            oid                           | oid
            uuid                          | uuid
            varbit(8)                     | bit varying(8)
            bit                           | bit(1)
            "MyEnum"                      | "MyEnum"
            public.mood                   | public.mood
            """)
    void canonicalFormMatchesFormatType(String given, String canonical) {
        assertEquals(canonical, PgTypes.canonical(given));
    }
}
