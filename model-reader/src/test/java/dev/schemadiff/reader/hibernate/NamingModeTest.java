package dev.schemadiff.reader.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spring and JPA naming give the same entities different table and column names. Hibernate writes the
 * JPA names unquoted, so PostgreSQL stores them folded to lower case ({@code expectedWage} is stored
 * as {@code expectedwage}), and that is what the model holds.
 */
class NamingModeTest {
    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0} naming: {1} {2}.{3}")
    @CsvSource({
            "SPRING, recruiting, candidate,          expected_wage",
            "JPA,    recruiting, candidate,          expectedwage",
            "SPRING, recruiting, candidate,          contact_current_employer",
            "JPA,    recruiting, candidate,          contactcurrentemployer",
            "SPRING, corpus,     product_categories, categories_code",
            "JPA,    corpus,     product_category,   categories_code",
            "SPRING, corpus,     customer_documents, documents_id",
            "JPA,    corpus,     customer_document,  documents_id",
            "SPRING, corpus,     invoice_note,       invoice_id",
            "JPA,    corpus,     invoicenote,        invoice_id",
    })
    void namingModeDecidesTheNames(NamingMode naming, String model, String table, String column) {
        SchemaModel schema = read(model, naming);

        Optional<Table> found = schema.table(QualifiedName.of("public", table));
        assertTrue(found.isPresent(), "table " + table + " in " + schema.tablesByName().keySet());
        assertTrue(found.get().column(column).isPresent(), column + " in " + found.get().columns());
    }

    @Test
    void customPhysicalNamingStrategyIsLoadedFromTheEntityClasspath() {
        Path strategyClasses = JavaSources.compile(dir.resolve("strategy"), Map.of("acme.TablePrefixStrategy", """
                package acme;

                import org.hibernate.boot.model.naming.Identifier;
                import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
                import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

                public class TablePrefixStrategy extends PhysicalNamingStrategyStandardImpl {
                    @Override
                    public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment environment) {
                        return Identifier.toIdentifier("app_" + name.getText(), name.isQuoted());
                    }
                }
                """));
        ModelReaderOptions options = new ModelReaderOptions(List.of(TestEntities.recruiting()),
                List.of(strategyClasses), NamingMode.SPRING, "acme.TablePrefixStrategy", null);

        SchemaModel model = new HibernateModelReader().read(options).model();

        // The strategy replaces Spring's snake_case physical naming; Spring's implicit naming stays.
        Table candidate = model.table(QualifiedName.of("public", "app_candidate")).orElseThrow();
        assertTrue(candidate.column("expectedwage").isPresent(), candidate.columns().toString());
        assertEquals(List.of("app_candidate", "app_candidate_job", "app_candidate_job_tag", "app_candidate_skill",
                "app_tag", "app_users"), model.normalized().tables().stream().map(t -> t.name().name()).toList());
    }

    @Test
    void defaultSchemaOptionPlacesUnqualifiedTables() {
        ModelReaderOptions options = new ModelReaderOptions(List.of(TestEntities.corpus(dir)), List.of(),
                NamingMode.SPRING, null, "app");

        SchemaModel model = new HibernateModelReader().read(options).model();

        assertEquals(List.of("app", "billing"), List.copyOf(model.schemas()));
        assertTrue(model.table(QualifiedName.of("app", "customer")).isPresent());
        assertTrue(model.sequence(QualifiedName.of("app", "product_seq")).isPresent());
    }

    private static SchemaModel read(String model, NamingMode naming) {
        Path classes = model.equals("recruiting") ? TestEntities.recruiting() : TestEntities.corpus(dir);
        return new HibernateModelReader().read(ModelReaderOptions.of(List.of(classes), naming)).model();
    }
}
