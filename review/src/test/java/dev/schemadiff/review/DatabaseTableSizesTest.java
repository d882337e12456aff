package dev.schemadiff.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.sql.Connection;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code review --db}: sizes of the tables a review touches, read from a real catalog. */
@ExtendWith(PostgresExtension.class)
class DatabaseTableSizesTest {

    @Test
    void readsRowEstimatesAndSizesOfTheAskedTablesOnly(TestDatabase db) throws Exception {
        db.execute("""
                CREATE SCHEMA sales;
                CREATE TABLE sales."Order" (id bigint PRIMARY KEY, note text);
                INSERT INTO sales."Order" SELECT i, repeat('x', 100) FROM generate_series(1, 5000) AS i;
                ANALYZE sales."Order";
                CREATE TABLE public.never_analyzed (id bigint);
                CREATE TABLE public.not_asked (id bigint);
                """);
        QualifiedName order = QualifiedName.of("sales", "Order");
        QualifiedName fresh = QualifiedName.of("public", "never_analyzed");
        QualifiedName missing = QualifiedName.of("public", "created_by_the_pull_request");
        try (Connection connection = db.connect()) {
            Map<QualifiedName, TableSize> sizes =
                    new DatabaseTableSizes(connection).sizes(Set.of(order, fresh, missing));

            assertEquals(Set.of(order, fresh), sizes.keySet(), "only existing tables, only those asked for");
            assertEquals(5000, sizes.get(order).estimatedRows());
            assertTrue(sizes.get(order).bytes() > 500_000, () -> "heap, index and TOAST: " + sizes.get(order));
            assertTrue(sizes.get(fresh).estimatedRows() <= 0, () -> "never analyzed: " + sizes.get(fresh));
        }
    }

    @Test
    void aClosedConnectionIsOneCatalogError(TestDatabase db) throws Exception {
        Connection connection = db.connect();
        connection.close();
        SchemaDiffException failure = assertThrows(SchemaDiffException.class,
                () -> new DatabaseTableSizes(connection).sizes(Set.of(QualifiedName.of("public", "t"))));
        assertTrue(failure.getMessage().contains("review without --db"), failure.getMessage());
    }
}
