package dev.schemadiff.reader.hibernate;

import static dev.schemadiff.reader.hibernate.SchemaAssertions.assertSameSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.catalog.PgCatalogReader;
import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The oracle: Hibernate's own create script, run in a fresh database and read back from the catalog,
 * must equal what {@link HibernateModelReader} predicts without a database.
 */
@ExtendWith(PostgresExtension.class)
class CreateScriptOracleTest {
    @TempDir
    static Path classes;

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("recruiting", NamingMode.SPRING, false),
                Arguments.of("recruiting", NamingMode.JPA, false),
                Arguments.of("corpus", NamingMode.SPRING, false),
                Arguments.of("corpus", NamingMode.JPA, false),
                Arguments.of("generated", NamingMode.SPRING, false),
                Arguments.of("generated", NamingMode.JPA, false),
                // hibernate.globally_quoted_identifiers: reserved words run, names keep their case
                Arguments.of("corpus", NamingMode.SPRING, true),
                Arguments.of("corpus", NamingMode.JPA, true),
                Arguments.of("quoted", NamingMode.SPRING, true),
                Arguments.of("quoted", NamingMode.JPA, true));
    }

    @ParameterizedTest(name = "{0} with {1} naming, quote all: {2}")
    @MethodSource("models")
    void catalogAfterHibernatesCreateScriptEqualsTheReadersModel(String model, NamingMode naming, boolean quoteAll,
                                                                 TestDatabase database) throws SQLException {
        ModelReaderOptions options = ModelReaderOptions.of(List.of(classesOf(model)), naming).withQuoteAll(quoteAll);
        database.execute(new HibernateDdl().createScript(options));

        ExpectedSchema expected = new HibernateModelReader().read(options);
        SchemaModel actual;
        try (Connection connection = database.connect()) {
            actual = new PgCatalogReader().read(connection, expected.model().schemas());
        }

        assertSameSchema(expected.model(), actual);
        // the corpus's 65-byte column is named, and PostgreSQL's catalog above holds it truncated as predicted
        assertEquals(List.of(), expected.warnings().stream()
                        .filter(warning -> !warning.contains(" bytes; PostgreSQL keeps the first 63: ")).toList(),
                "nothing in these models needs approximating beyond names PostgreSQL truncates");
    }

    private static Path classesOf(String model) {
        return switch (model) {
            case "recruiting" -> TestEntities.recruiting();
            case "corpus" -> TestEntities.corpus(classes);
            case "generated" -> TestEntities.generated(classes);
            case "quoted" -> TestEntities.quoted(classes);
            default -> throw new IllegalArgumentException(model);
        };
    }
}
