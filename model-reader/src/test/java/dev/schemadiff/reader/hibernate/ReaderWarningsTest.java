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
        // snake_case names in @Index and @UniqueConstraint are right under Spring naming and missing
        // under JPA naming, where PostgreSQL would reject Hibernate's script.
        Path classes = JavaSources.compile(dir.resolve("classes"), Map.of("com.acme.Thing", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                @Table(indexes = @Index(name = "idx_thing_applied", columnList = "applied_at"),
                       uniqueConstraints = @UniqueConstraint(name = "uk_thing_title", columnNames = "job_title"))
                public class Thing {
                    @Id
                    private Long id;
                    private String jobTitle;
                    private java.time.LocalDateTime appliedAt;
                }
                """));

        List<String> warnings = new HibernateModelReader()
                .read(ModelReaderOptions.of(List.of(classes), NamingMode.JPA)).warnings();

        assertEquals(List.of(
                "unique constraint uk_thing_title on public.thing names column job_title, which"
                        + " the table does not have; PostgreSQL will reject the create script",
                "index idx_thing_applied on public.thing names column applied_at, which the table"
                        + " does not have; PostgreSQL will reject the create script"), warnings);
    }
}
