package dev.schemadiff.history;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.api.internal.DataSources;
import dev.schemadiff.history.internal.Recovery;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Recovers a database whose migration tool died with "already exists" (SQLSTATE 42P07, 42701, 42710):
 * it verifies what each pending migration creates against the live catalog, adds only what is missing,
 * and records the migrations in the tool's own history, so that Flyway, Liquibase or Alembic carries on
 * as if nothing had happened. The caller owns the connection; every operation leaves it in autocommit
 * mode.
 *
 * <p>What each migration creates is learnt by replaying the files, in order, into a throwaway scratch
 * database with the tool's own library and reading the catalog after each one: no SQL is parsed here.
 * Alembic's Python migrations are not replayed; there the entities stand for the schema they create.
 *
 * <pre>{@code
 * RecoveryOptions options = RecoveryOptions.of(new MigrationSource.Flyway(Path.of("src/main/resources/db/migration")));
 * StatusReport status = MigrationHistory.status(connection, options);
 * if (status.state().actionNeeded()) {
 *     RecoverReport report = MigrationHistory.recover(connection, options);
 * }
 * }</pre>
 *
 * <p><b>Main before main.</b> A plain Java application (or any framework without a start-up hook) can
 * recover before it starts its own migration tool, with the {@link DataSource} it already has; the
 * connection is borrowed for the call and given back:
 * <pre>{@code
 * public static void main(String[] args) {
 *     DataSource dataSource = ...; // the application's pool
 *     MigrationHistory.recover(dataSource, RecoveryOptions.of(new MigrationSource.Flyway(Path.of("db/migration"))));
 *     Flyway.configure().dataSource(dataSource).load().migrate(); // now finds nothing that collides
 *     startApplication(dataSource, args);
 * }
 * }</pre>
 */
public final class MigrationHistory {
    private MigrationHistory() {
    }

    /**
     * Diagnoses the database: the connection, the history against the files, what pending migrations
     * already find in place, drift against the entities when given, the privileges a recover needs, and
     * a {@link DatabaseState}. Writes nothing to the live database.
     *
     * @throws SchemaDiffException when the history, the catalog or the files cannot be read
     */
    public static StatusReport status(Connection connection, RecoveryOptions options) {
        return new Recovery(options).status(connection);
    }

    /**
     * As {@link #status(Connection, RecoveryOptions)}, on a connection borrowed from {@code dataSource}
     * for the call.
     *
     * @throws SchemaDiffException ({@code CONNECTION}) as well when the data source gives no connection
     */
    public static StatusReport status(DataSource dataSource, RecoveryOptions options) {
        return withConnection(dataSource, connection -> status(connection, options));
    }

    /**
     * As {@link #recover(Connection, RecoveryOptions)}, on a connection borrowed from {@code dataSource}
     * for the call: the form for an application's {@code main} before it starts its migration tool.
     *
     * @throws SchemaDiffException ({@code CONNECTION}) as well when the data source gives no connection
     */
    public static RecoverReport recover(DataSource dataSource, RecoveryOptions options) {
        return withConnection(dataSource, connection -> recover(connection, options));
    }

    /**
     * Under the tool's lock (Flyway's advisory lock on its history table, Liquibase's
     * DATABASECHANGELOGLOCK, an advisory lock for Alembic):
     * <ol>
     *   <li>finds the pending migrations whose objects already exist, verified object by object (tables,
     *       columns with type and nullability, keys, indexes, sequences, checks, foreign keys), and the
     *       first ones that exist only in part;</li>
     *   <li>checks every privilege the rest needs, before anything is written;</li>
     *   <li>adds what those migrations lack, in one transaction (the same apply as {@code schemadiff apply}),
     *       and verifies;</li>
     *   <li>repairs the history where the tool would refuse (failed rows, rows of deleted files, stale
     *       checksums) and records the migrations as applied in the tool's own format;</li>
     *   <li>runs the tool's own migrate for what is left.</li>
     * </ol>
     * With {@link RecoveryOptions#dryRun()} it stops before writing and reports what it would do. With
     * {@link RecoveryOptions#toEntities()} it reconciles to the entities instead, then stamps the latest
     * version when the replayed head schema is contained in the database.
     *
     * @throws SchemaDiffException when a migration exists in part but cannot be completed, a privilege is
     *                             missing (nothing written), or the tool fails
     */
    public static RecoverReport recover(Connection connection, RecoveryOptions options) {
        return new Recovery(options).recover(connection);
    }

    /**
     * After a successful {@code apply}: records as applied the pending migrations whose schema the
     * database now contains (for Alembic: the heads, once the entities are verified present). Runs no
     * migration; the ones not recorded are listed in {@link RecoverReport#notStamped()}.
     *
     * @throws SchemaDiffException when the history needs a repair first, or a privilege is missing
     */
    public static RecoverReport stampAfterApply(Connection connection, RecoveryOptions options) {
        return new Recovery(options).stampAfterApply(connection);
    }

    private static <T> T withConnection(DataSource dataSource, Function<Connection, T> work) {
        try (Connection connection = DataSources.borrow(dataSource)) {
            return work.apply(connection);
        } catch (SQLException e) {
            // only close() throws it here: the work itself is done by then
            throw new SchemaDiffException(ErrorCode.CONNECTION, "giving the connection back to the DataSource failed: "
                    + e.getMessage() + "; the work itself was done", e);
        }
    }
}
