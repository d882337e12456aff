package dev.schemadiff.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.PgTypes;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PgTypes#canonical(String)} must print what the server's {@code format_type} prints, or every
 * entity column would differ from its database column. Each spelling becomes a real column and is
 * read back through the catalog reader.
 */
@ExtendWith(PostgresExtension.class)
class TypeRoundTripTest {

    /**
     * The spellings of {@code core/.../PgTypesTest} except the quoted and user-defined ones, which
     * need a type to exist first, followed by further spellings Hibernate emits.
     */
    private static final List<String> SPELLINGS = List.of(
            "varchar(255)", "VARCHAR(120)", "character varying(255)", "varchar", "int", "int4", "serial",
            "int8", "bigserial", "int2", "float4", "float8", "float(53)", "float(24)", "double precision",
            "bool", "numeric(38,2)", "numeric(38, 2)", "decimal(10,2)", "numeric(21)", "numeric", "char(1)",
            "char", "character(3)", "timestamp", "timestamp(6)", "timestamp(6) with time zone", "timestamptz",
            "time(6)", "timetz", "interval second(6)", "varchar(255) array", "integer[]", "int ARRAY",
            "text[][]", "int[3][4]", "jsonb", "bytea", "oid", "uuid", "varbit(8)", "bit",
            "smallint", "integer", "bigint", "smallserial", "real", "boolean", "text", "date", "time",
            "time with time zone", "timestamp with time zone", "interval", "json", "bit(3)", "bit varying",
            "char(2)[]", "float");

    /** format_type of each column, straight from the server. */
    private static List<String> serverTypes;
    /** The same columns as the reader returns them. */
    private static List<Column> readColumns;

    @BeforeAll
    static void createOneColumnPerSpelling(TestDatabase database) {
        database.execute(IntStream.range(0, SPELLINGS.size())
                .mapToObj(i -> columnName(i) + " " + SPELLINGS.get(i))
                .collect(Collectors.joining(", ", "create table all_types (", ")")));
        serverTypes = database.query("""
                select format_type(atttypid, atttypmod) from pg_attribute
                where attrelid = 'all_types'::regclass and attnum > 0 order by attnum""")
                .stream().map(row -> row.get(0)).toList();
        readColumns = Reads.table(Reads.read(database, "public"), "public", "all_types").columns();
    }

    static Stream<Arguments> spellings() {
        return IntStream.range(0, SPELLINGS.size()).mapToObj(i -> Arguments.of(i, SPELLINGS.get(i)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("spellings")
    void canonicalSpellingEqualsFormatType(int index, String spelling) {
        String serverType = serverTypes.get(index);
        assertEquals(serverType, PgTypes.canonical(spelling), "PgTypes.canonical(\"" + spelling + "\")");
        assertEquals(columnName(index), readColumns.get(index).name());
        assertEquals(serverType, readColumns.get(index).type(), "the reader keeps format_type's text");
    }

    private static String columnName(int index) {
        return "c" + index;
    }
}
