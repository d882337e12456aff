package dev.schemadiff.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "main before main" form: status and recover on an application's {@link DataSource}, then the
 * application's own Flyway migrate on the same DataSource finds nothing that collides.
 */
@ExtendWith(PostgresExtension.class)
class DataSourceFormTest {
    @TempDir
    Path temp;

    @Test
    void recoverOnADataSourceLetsTheApplicationsFlywayCarryOn(TestDatabase database) throws Exception {
        Path migrations = Sample.copyOfMigrations(temp.resolve("migration"));
        Databases.flyway(database, migrations).target("1").load().migrate();
        database.execute(FlywayRecoverTest.HOTFIX);
        CountingDataSource dataSource = new CountingDataSource(Databases.dataSource(database.jdbcUrl()));
        RecoveryOptions options = FlywayRecoverTest.options(database, migrations);

        assertEquals(DatabaseState.BEHIND, MigrationHistory.status(dataSource, options).state());
        RecoverReport report = MigrationHistory.recover(dataSource, options);

        assertEquals(List.of("2"), report.reconciled());
        assertEquals(List.of("3"), report.migrated());
        assertEquals(2, dataSource.borrowed.get(), "one connection per call");
        assertEquals(0, dataSource.open.get(), "every borrowed connection was given back");
        Flyway flyway = Databases.flyway(database, migrations).load();
        assertEquals(0, flyway.migrate().migrationsExecuted);
        assertEquals(DatabaseState.IN_SYNC, MigrationHistory.status(dataSource, options).state());
    }

    @Test
    void aDataSourceThatGivesNoConnectionIsOneLineThatSaysWhatToCheck(TestDatabase database) {
        String url = Databases.urlOf(database, "no_such_database");
        RecoveryOptions options = FlywayRecoverTest.options(database, Sample.migrations());

        SchemaDiffException failure = assertThrows(SchemaDiffException.class,
                () -> MigrationHistory.recover(Databases.dataSource(url), options));

        assertEquals(ErrorCode.CONNECTION, failure.code());
        assertEquals(1, failure.getMessage().lines().count(), failure.getMessage());
        assertTrue(failure.getMessage().contains("no_such_database"), failure.getMessage());
        assertTrue(failure.getMessage().contains("check the data source's URL"), failure.getMessage());
    }

    /** Counts the connections handed out and those still open, as a pool would see them. */
    private static final class CountingDataSource implements DataSource {
        final AtomicInteger borrowed = new AtomicInteger();
        final AtomicInteger open = new AtomicInteger();
        private final DataSource target;

        CountingDataSource(DataSource target) {
            this.target = target;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = target.getConnection();
            borrowed.incrementAndGet();
            open.incrementAndGet();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close") && !connection.isClosed()) {
                            open.decrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String user, String password) {
            throw new UnsupportedOperationException("the tool borrows with the pool's own credentials");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
