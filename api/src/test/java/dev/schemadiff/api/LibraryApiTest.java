package dev.schemadiff.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.Table;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/** The library API an application calls with its own DataSource, on the recruiting sample. */
@ExtendWith(PostgresExtension.class)
class LibraryApiTest {

    /** The "Use as a library" example of the README, verbatim between the markers. */
    @Test
    void theReadmeExampleBringsTheDatabaseInStep(TestDatabase db) throws Exception {
        loadDrifted(db);
        DataSource dataSource = dataSource(db);
        Path classes = Samples.recruitingClasses();
        // README example start
        ModelSource entities = ModelSource.classes(classes);           // e.g. Path.of("target/classes")
        PlanOptions options = new PlanOptions(List.of(),                // schemas: those the entities use
                Map.of(new ColumnRef(QualifiedName.of("public", "candidate"), "full_name"), "'unknown'"),
                Duration.ofSeconds(3), Duration.ZERO);                  // lock timeout, statement timeout

        PlanResult pending = SchemaDiff.plan(dataSource, entities, options);   // read only
        System.out.print(pending.script());                                    // the SQL, to review

        ApplyReport report = SchemaDiff.apply(dataSource, entities, options);  // one transaction, locked
        report.executed().plan().statements().forEach(s -> System.out.println(s.sql()));
        // README example end

        assertTrue(pending.script().contains("CREATE TABLE IF NOT EXISTS public.candidate_job ("), pending.script());
        assertTrue(report.changed());
        assertEquals(pending.plan().statements(), report.executed().plan().statements(),
                "nothing changed in between, so apply ran exactly the plan that was shown");
        assertEquals("unknown", db.queryValue("SELECT DISTINCT full_name FROM candidate"));
        assertFalse(SchemaDiff.plan(dataSource, entities, options).plan().hasStatements());
    }

    @Test
    void everyBorrowedConnectionIsGivenBackAlsoWhenApplyFails(TestDatabase db) throws Exception {
        loadDrifted(db);
        RecordingDataSource dataSource = new RecordingDataSource(dataSource(db));
        ModelSource entities = ModelSource.classes(Samples.recruitingClasses());
        PlanOptions quick = new PlanOptions(List.of(), Map.of(), Duration.ofMillis(300), Duration.ZERO);

        SchemaDiff.plan(dataSource, entities, quick);
        try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("LOCK TABLE candidate IN ACCESS SHARE MODE");
            SchemaDiffException error = assertThrows(SchemaDiffException.class,
                    () -> SchemaDiff.apply(dataSource, entities, quick));
            assertEquals(ErrorCode.LOCK_TIMEOUT, error.code());
            holder.rollback();
        }
        SchemaDiff.apply(dataSource, entities, quick);

        assertEquals(3, dataSource.borrowed.size());
        for (Connection connection : dataSource.borrowed) {
            assertTrue(connection.isClosed(), "a borrowed connection was kept");
        }
    }

    @Test
    void entitiesThatNameNoSchemaLandInTheFirstSchemaAsked() throws Exception {
        ModelSource entities = ModelSource.classes(Samples.recruitingClasses());
        PlanOptions hr = new PlanOptions(List.of("hr", "public"), Map.of(), PlanOptions.DEFAULT_LOCK_TIMEOUT,
                Duration.ZERO);

        ExpectedSchema expected = SchemaDiff.readModel(entities, hr);

        assertEquals(List.of("hr"), expected.model().tables().stream().map(Table::name).map(QualifiedName::schema)
                .distinct().toList());
    }

    @Test
    void theNamingModeOfTheSourceNamesTheColumns() throws Exception {
        ModelSource.CompiledClasses spring = ModelSource.classes(Samples.recruitingClasses());

        assertTrue(candidateColumns(spring).contains("expected_wage"));
        assertTrue(candidateColumns(spring.withNaming(NamingMode.JPA)).contains("expectedwage"));
    }

    @Test
    void quoteAllKeepsTheCaseOfTheNames() throws Exception {
        ModelSource.CompiledClasses jpa = ModelSource.classes(Samples.recruitingClasses()).withNaming(NamingMode.JPA);

        ExpectedSchema quoted = SchemaDiff.readModel(jpa.withQuoteAll(true), PlanOptions.defaults());

        assertTrue(quoted.model().tablesByName().containsKey(QualifiedName.of("public", "Candidate")),
                () -> quoted.model().tablesByName().keySet().toString());
    }

    @Test
    void aDataSourceThatCannotConnectIsOneActionableLineWithoutThePassword() throws Exception {
        PGSimpleDataSource unreachable = new PGSimpleDataSource();
        unreachable.setServerNames(new String[] {"localhost"});
        unreachable.setPortNumbers(new int[] {1});
        unreachable.setUser("app");
        unreachable.setPassword("s3cret-pw");
        ModelSource entities = ModelSource.classes(Samples.recruitingClasses());

        SchemaDiffException error = assertThrows(SchemaDiffException.class,
                () -> SchemaDiff.plan(unreachable, entities, PlanOptions.defaults()));

        assertEquals(ErrorCode.CONNECTION, error.code());
        assertTrue(error.getMessage().startsWith("cannot get a connection from the DataSource: "), error.getMessage());
        assertTrue(error.getMessage().contains("; check the data source's URL"), error.getMessage());
        assertEquals(1, error.getMessage().lines().count());
        assertFalse(error.getMessage().contains("s3cret-pw"));
    }

    @Test
    void aMissingClassLocationIsAUsageError() {
        SchemaDiffException error = assertThrows(SchemaDiffException.class, () -> SchemaDiff.readModel(
                ModelSource.classes(Path.of("no/such/classes")), PlanOptions.defaults()));
        assertEquals(ErrorCode.USAGE, error.code());
    }

    private static List<String> candidateColumns(ModelSource source) {
        return SchemaDiff.readModel(source, PlanOptions.defaults()).model().tables().stream()
                .filter(table -> table.name().equals(QualifiedName.of("public", "candidate")))
                .flatMap(table -> table.columns().stream()).map(Column::name).toList();
    }

    private static void loadDrifted(TestDatabase db) throws Exception {
        db.execute(Files.readString(Samples.recruitingFile("drifted.sql")));
    }

    private static PGSimpleDataSource dataSource(TestDatabase db) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(db.jdbcUrl());
        return dataSource;
    }

    /** A real data source that remembers the connections it handed out. */
    private static final class RecordingDataSource implements DataSource {
        private final DataSource target;
        private final List<Connection> borrowed = new ArrayList<>();

        RecordingDataSource(DataSource target) {
            this.target = target;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = target.getConnection();
            borrowed.add(connection);
            return connection;
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException("schemadiff borrows with the pool's own credentials");
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return target.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            target.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            target.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return target.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return target.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return target.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return target.isWrapperFor(type);
        }
    }
}
