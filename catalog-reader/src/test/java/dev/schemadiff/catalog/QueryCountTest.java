package dev.schemadiff.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The reader issues a fixed number of statements, however many tables there are: no query per table. */
@ExtendWith(PostgresExtension.class)
class QueryCountTest {

    @Test
    void oneTableAndTwoHundredTablesTakeTheSameStatements(TestDatabase database) throws Exception {
        database.execute("create schema small; create schema big;" + tables("small", 1) + tables("big", 200));

        try (Connection connection = database.connect()) {
            ObservedConnection small = ObservedConnection.of(connection);
            SchemaModel smallModel = new PgCatalogReader().read(small.connection(), List.of("small"));
            ObservedConnection big = ObservedConnection.of(connection);
            SchemaModel bigModel = new PgCatalogReader().read(big.connection(), List.of("big"));

            assertEquals(1, smallModel.tables().size());
            assertEquals(200, bigModel.tables().size());
            assertEquals(200, bigModel.sequences().size());
            assertEquals(small.executions(), big.executions());
            assertEquals(CatalogQuery.values().length + 1, big.executions(),
                    "one statement per catalog query plus the one that starts the snapshot");
        }
    }

    /** Tables with every object kind the reader queries: columns, keys, an index, a check, a sequence. */
    private static String tables(String schema, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> """
                create table %1$s.t%2$d (
                    id serial primary key,
                    code text unique,
                    parent_id int references %1$s.t%3$d,
                    amount numeric check (amount >= 0)
                );
                create index t%2$d_amount_idx on %1$s.t%2$d (amount);
                """.formatted(schema, i, i == 1 ? 1 : i - 1)).collect(Collectors.joining());
    }
}
