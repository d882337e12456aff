package dev.schemadiff.history;

import dev.schemadiff.SchemaDiffException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** Runs inside {@link WithoutLiquibaseTest}'s class loader, which has no Liquibase. */
public final class WithoutLiquibaseProbe {
    private WithoutLiquibaseProbe() {
    }

    /** The Flyway status of the database, then what asking for a Liquibase status says. */
    public static List<String> run(String jdbcUrl, String flywayMigrations, String changelog) throws Exception {
        Class.forName("org.postgresql.Driver"); // this loader's own driver, visible to DriverManager from here
        ScratchServer beside = new ScratchServer() {
            @Override
            public Connection connect(String database) throws SQLException {
                String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1, jdbcUrl.indexOf('?'));
                return DriverManager.getConnection(database == null ? jdbcUrl : jdbcUrl.replace("/" + name, "/" + database));
            }

            @Override
            public void close() {
            }
        };
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            String flyway = MigrationHistory.status(connection,
                    RecoveryOptions.of(new MigrationSource.Flyway(Path.of(flywayMigrations))).withScratch(beside))
                    .state().name();
            try {
                MigrationHistory.status(connection, RecoveryOptions.of(new MigrationSource.Liquibase(Path.of(changelog))));
                return List.of(flyway, "no error");
            } catch (SchemaDiffException e) {
                return List.of(flyway, e.code() + ": " + e.getMessage());
            }
        }
    }
}
