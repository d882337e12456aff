package dev.schemadiff.reader.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mappings the reader can only approximate are named in the warnings, one line each. */
class ReaderWarningsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            @Column(columnDefinition = "varchar(20) default 'x'") private String code; \
            | column public.thing.code has columnDefinition "varchar(20) default 'x'", which holds more than a type; \
            the expected column type is approximate
            @Column(options = "collate \\"C\\"") private String code; \
            | column public.thing.code has options "collate "C"" that are not modelled
            @ManyToOne @JoinColumn(foreignKey = @ForeignKey(name = "fk_parent", foreignKeyDefinition = \
            "foreign key (parent_id) references thing on delete cascade")) private Thing parent; \
            | foreign key fk_parent on public.thing has the definition "foreign key (parent_id) references thing \
            on delete cascade"; it is modelled from the mapping instead
            """)
    void approximatedMappingIsReported(String member, String warning) {
        Path classes = JavaSources.compile(dir.resolve("classes"), Map.of("com.acme.Thing", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                public class Thing {
                    @Id
                    private Long id;

                    %s
                }
                """.formatted(member)));

        List<String> warnings = new HibernateModelReader()
                .read(ModelReaderOptions.of(List.of(classes), NamingMode.SPRING)).warnings();

        assertEquals(List.of(warning), warnings);
    }

    @Test
    void constraintsNamingColumnsTheTableLacksAreReported() {
        // The recruiting sample names snake_case columns in @Index and @UniqueConstraint: right under
        // Spring naming, missing under JPA naming, where PostgreSQL would reject Hibernate's script.
        List<String> warnings = new HibernateModelReader()
                .read(ModelReaderOptions.of(List.of(TestEntities.recruiting()), NamingMode.JPA)).warnings();

        assertEquals(List.of(
                "unique constraint uk_candidate_job_application on public.candidate_job names column job_title, which"
                        + " the table does not have; PostgreSQL will reject the create script",
                "index idx_candidate_job_status on public.candidate_job names column applied_at, which the table"
                        + " does not have; PostgreSQL will reject the create script"), warnings);
    }
}
