package dev.schemadiff.reader.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.Origin;
import dev.schemadiff.schema.QualifiedName;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every table and column of the expected schema says which entity attribute it comes from. */
class ProvenanceTest {
    private static final Map<String, ExpectedSchema> READS = new ConcurrentHashMap<>();

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0}.{1}.{2} <- {3}.{4}")
    @CsvSource({
            "recruiting, public, candidate, expected_wage, Candidate, expectedWage, false",
            "recruiting, public, candidate, contact_current_employer, Candidate, contactCurrentEmployer, true",
            "recruiting, public, candidate, version, Candidate, version, true",
            "recruiting, public, candidate, city, Candidate, address.city, false",
            "recruiting, public, candidate, user_id, Candidate, user, false",
            "recruiting, public, candidate_skill, skill, Candidate, skills, false",
            "recruiting, public, candidate_skill, candidate_id, Candidate, skills, false",
            "recruiting, public, candidate_job_tag, tag_id, CandidateJob, tags, false",
            "recruiting, public, users, id, User, id, false",
            "corpus, public, customer, work_lat, Customer, work.location.latitude, true",
            "corpus, public, customer, updated_at, Customer, updatedAt, false",
            "corpus, public, customer_phones, number, Customer, phones.number, false",
            "corpus, public, customer_phones, phones_order, Customer, phones, false",
            "corpus, public, payment, kind, Payment, (discriminator), false",
            "corpus, public, payment, holder, CardPayment, holder, false",
            "corpus, public, car, vehicle_id, Car, id, false",
            "corpus, public, dog, name, Dog, name, false",
            "corpus, public, order_line, order_id, OrderLine, id.orderId, true",
            "corpus, public, enrollment, course_code, Enrollment, courseCode, false",
            "corpus, public, invoice_note, invoice_id, Invoice, notes, false",
            "corpus, billing, invoice, customer_id, Invoice, customer, false",
            "corpus, public, product_attributes, attr_key, Product, attributes, false",
            "corpus, public, document, page_size, Document, pageSize, false",
            "corpus, public, document_body, body, Document, body, false",
            "corpus, public, document_body, id, Document, id, false",
    })
    void columnOrigin(String model, String schema, String table, String column, String entity, String attribute,
                      boolean primitive) {
        ExpectedSchema expected = read(model);

        Optional<Origin> origin =
                expected.provenance().originOf(new ColumnRef(QualifiedName.of(schema, table), column));

        assertEquals(Optional.of(new Origin(entity, attribute, primitive)), origin);
    }

    @ParameterizedTest(name = "{0}.{1}.{2} <- {3}")
    @CsvSource({
            "recruiting, public, users, User",
            "recruiting, public, candidate_skill, Candidate",
            "recruiting, public, candidate_job_tag, CandidateJob",
            "corpus, public, payment, Payment",
            "corpus, public, truck, Truck",
            "corpus, public, customer_tags, Customer",
            "corpus, public, product_categories, Product",
            "corpus, public, document_body, Document",
    })
    void tableOrigin(String model, String schema, String table, String entity) {
        assertEquals(Optional.of(entity), read(model).provenance().entityOf(QualifiedName.of(schema, table)));
    }

    @ParameterizedTest
    @EnumSource(NamingMode.class)
    void everyTableAndColumnOfTheModelHasAnOriginAndNothingElseHas(NamingMode naming) {
        ExpectedSchema expected = new HibernateModelReader().read(
                ModelReaderOptions.of(List.of(TestEntities.corpus(dir)), naming));

        List<QualifiedName> tables = expected.model().tables().stream().map(t -> t.name()).sorted().toList();
        List<ColumnRef> columns = expected.model().tables().stream()
                .flatMap(t -> t.columns().stream().map(c -> new ColumnRef(t.name(), c.name()))).toList();
        assertEquals(tables, expected.provenance().tables().keySet().stream().sorted().toList());
        assertEquals(columns.size(), expected.provenance().columns().size());
        assertTrue(columns.stream().allMatch(expected.provenance().columns()::containsKey),
                "columns without origin: " + columns.stream()
                        .filter(c -> !expected.provenance().columns().containsKey(c)).toList());
    }

    @Test
    void abstractTablePerClassRootHasNoTableAndNoOrigin() {
        ExpectedSchema expected = read("corpus");
        QualifiedName animal = QualifiedName.of("public", "animal");

        assertTrue(expected.model().table(animal).isEmpty());
        assertEquals(Optional.empty(), expected.provenance().entityOf(animal));
    }

    /** One read per model for the whole class: the reader is deterministic. */
    private static ExpectedSchema read(String model) {
        return READS.computeIfAbsent(model, name -> {
            Path classes = name.equals("recruiting") ? TestEntities.recruiting() : TestEntities.corpus(dir);
            return new HibernateModelReader().read(ModelReaderOptions.of(List.of(classes), NamingMode.SPRING));
        });
    }
}
