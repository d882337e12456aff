package dev.schemadiff.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code --migrations} and {@code --stamp} forms. */
class MigrationSourceTest {
    private static final String FLYWAY = Sample.migrations().toString();
    private static final String ALEMBIC = "src/test/resources/alembic/linear";
    private static final String CHANGELOG = "src/test/resources/liquibase/changelog.sql";

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("flyway:" + FLYWAY, new MigrationSource.Flyway(Path.of(FLYWAY))),
                Arguments.of(FLYWAY, new MigrationSource.Flyway(Path.of(FLYWAY))),
                Arguments.of("liquibase:" + CHANGELOG, new MigrationSource.Liquibase(Path.of(CHANGELOG))),
                Arguments.of(CHANGELOG, new MigrationSource.Liquibase(Path.of(CHANGELOG))),
                Arguments.of("alembic:" + ALEMBIC, new MigrationSource.AlembicDirectory(Path.of(ALEMBIC))),
                Arguments.of(ALEMBIC, new MigrationSource.AlembicDirectory(Path.of(ALEMBIC))),
                Arguments.of("alembic:3c4d5e6f7a8b", new MigrationSource.AlembicRevision("3c4d5e6f7a8b")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void parses(String text, MigrationSource expected) {
        assertEquals(expected, MigrationSource.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"flyway:no/such/dir", "liquibase:no/such/changelog.xml", "alembic:not a revision!",
            "no/such/path"})
    void rejectsWithTheFormsToUse(String text) {
        SchemaDiffException error = assertThrows(SchemaDiffException.class, () -> MigrationSource.parse(text));
        assertEquals(ErrorCode.USAGE, error.code());
        assertTrue(error.getMessage().endsWith("use flyway:DIR, liquibase:CHANGELOG, alembic:DIR or alembic:REV"),
                error.getMessage());
    }
}
