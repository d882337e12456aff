package dev.schemadiff.cli;

import dev.schemadiff.history.MigrationSource;
import dev.schemadiff.history.ScratchServer;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options status and recover share: where the migrations are, and where they are replayed. */
final class MigrationOptions {
    @Option(names = "--migrations", paramLabel = "SOURCE", description = "The migrations: flyway:DIR, liquibase:CHANGELOG,"
            + " alembic:DIR or alembic:REV; a bare DIR is Flyway's (Alembic's when it holds .py files), a bare file a"
            + " Liquibase changelog.")
    String migrations;

    @Option(names = "--scratch-db", paramLabel = "URL", description = "A server to replay the migrations on, in a"
            + " throwaway database it creates and drops (the role needs CREATEDB): the same URL forms as --db."
            + " Default: a throwaway embedded PostgreSQL.")
    String scratchDb;

    /** @throws ParameterException when {@code --migrations} is missing */
    MigrationSource source(CommandLine command) {
        if (migrations == null) {
            throw new ParameterException(command, "missing --migrations SOURCE (e.g. flyway:src/main/resources/db/migration)");
        }
        return MigrationSource.parse(migrations);
    }

    /** The {@code --scratch-db} server, or {@code null} for the default embedded one. */
    ScratchServer scratch(Main main) {
        return scratch(main, scratchDb, "--scratch-db");
    }

    /** The server {@code url} (given as {@code option}) names, or {@code null} for an embedded one. */
    static ScratchServer scratch(Main main, String url, String option) {
        if (url == null) {
            return null;
        }
        DatabaseTarget target = main.targetResolver().resolveOption(url, option);
        if (target instanceof DatabaseTarget.Embedded) {
            return null;
        }
        DatabaseTarget.Server server = (DatabaseTarget.Server) target;
        main.rememberSecrets(server);
        return new ScratchServer() {
            @Override
            public java.sql.Connection connect(String database) {
                return ServerConnection.open(database == null ? server : server.withDatabase(database));
            }

            @Override
            public void close() {
                // a server the user runs: nothing to stop
            }
        };
    }
}
