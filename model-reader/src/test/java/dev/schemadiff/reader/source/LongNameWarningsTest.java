package dev.schemadiff.reader.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.reader.hibernate.HibernateModelReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name PostgreSQL would cut to 63 bytes is named once in the warnings, in the same words by the
 * Hibernate reader and the source reader.
 */
class LongNameWarningsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            table name of 63 bytes \
            | @Table(name = "customer_loyalty_programme_membership_archive_with_sixty_three_") | private String code; \
            | -
            table name of 64 bytes, named once though its foreign key references it too \
            | @Table(name = "customer_loyalty_programme_membership_archive_with_sixty_four_by") \
            | @ManyToOne private Thing parent; \
            | table public.customer_loyalty_programme_membership_archive_with_sixty_four_by is 64 bytes; \
            PostgreSQL keeps the first 63: "customer_loyalty_programme_membership_archive_with_sixty_four_b"
            multi-byte column name, never split inside a character \
            | - | @Column(name = "größe_ääääääääääääääääääääääääääääää") private String size; \
            | column public.thing.größe_ääääääääääääääääääääääääääääää is 68 bytes; \
            PostgreSQL keeps the first 63: "größe_äääääääääääääääääääääääääää"
            explicit foreign key name \
            | - | @ManyToOne @JoinColumn(foreignKey = @ForeignKey(\
            name = "fk_thing_parent_reference_that_nobody_will_ever_read_in_full_length_x")) private Thing parent; \
            | foreign key fk_thing_parent_reference_that_nobody_will_ever_read_in_full_length_x on public.thing \
            is 69 bytes; PostgreSQL keeps the first 63: "fk_thing_parent_reference_that_nobody_will_ever_read_in_full_le"
            index and unique key names \
            | @Table(indexes = @Index(name = "IDX_thing_code_for_the_lookup_by_external_partner_reference_codes_x", \
            columnList = "code"), uniqueConstraints = @UniqueConstraint(\
            name = "uk_thing_code_unique_for_the_lookup_by_external_partner_reference", columnNames = "code")) \
            | private String code; \
            | unique key uk_thing_code_unique_for_the_lookup_by_external_partner_reference on public.thing \
            is 65 bytes; PostgreSQL keeps the first 63: "uk_thing_code_unique_for_the_lookup_by_external_partner_referen"\
            ¦index idx_thing_code_for_the_lookup_by_external_partner_reference_codes_x on public.thing is 67 bytes; \
            PostgreSQL keeps the first 63: "idx_thing_code_for_the_lookup_by_external_partner_reference_cod"
            sequence name \
            | - | @Id @GeneratedValue(generator = "gen") @SequenceGenerator(name = "gen", \
            sequenceName = "thing_sequence_for_the_identifiers_handed_out_to_every_new_thing") private Long id; \
            | sequence public.thing_sequence_for_the_identifiers_handed_out_to_every_new_thing is 64 bytes; \
            PostgreSQL keeps the first 63: "thing_sequence_for_the_identifiers_handed_out_to_every_new_thin"
            """)
    void bothReadersNameEachTruncatedIdentifierOnce(String description, String tableAnnotation, String member,
                                                    String expected) throws IOException {
        Path sources = dir.resolve("src");
        Path file = sources.resolve("com/acme/Thing.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                %s
                public class Thing {
                    %s
                    %s
                }
                """.formatted(tableAnnotation == null ? "" : tableAnnotation,
                member.contains("@Id") ? "" : "@Id private Long id;", member));
        Path classes = Corpora.compile(dir.resolve("classes"), sources);
        List<String> warnings = expected == null ? List.of() : Arrays.asList(expected.split("¦"));

        assertEquals(warnings, new HibernateModelReader()
                .read(ModelReaderOptions.of(List.of(classes), NamingMode.JPA)).warnings(), "Hibernate reader");
        assertEquals(warnings, new SourceModelReader()
                .read(SourceReaderOptions.of(List.of(sources), NamingMode.JPA)).warnings(), "source reader");
    }
}
