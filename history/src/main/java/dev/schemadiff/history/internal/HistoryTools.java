package dev.schemadiff.history.internal;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.history.MigrationSource;
import dev.schemadiff.history.alembic.AlembicTool;
import dev.schemadiff.history.flyway.FlywayTool;
import java.util.List;

/** Opens the tool a {@link MigrationSource} names. */
public final class HistoryTools {
    private HistoryTools() {
    }

    /**
     * @param schemas the schemas asked for ({@code --schema}); empty for each tool's default
     * @throws SchemaDiffException ({@code USAGE}) for Liquibase when it is not on the classpath
     */
    public static HistoryTool open(MigrationSource source, List<String> schemas) {
        if (source instanceof MigrationSource.Flyway flyway) {
            return new FlywayTool(flyway.directory(), schemas);
        } else if (source instanceof MigrationSource.Liquibase liquibase) {
            requireLiquibase(liquibase);
            return LiquibaseToolFactory.create(liquibase, schemas);
        } else if (source instanceof MigrationSource.AlembicDirectory alembic) {
            return AlembicTool.ofDirectory(alembic.directory(), schemas);
        } else if (source instanceof MigrationSource.AlembicRevision revision) {
            return AlembicTool.ofRevision(revision.revision(), schemas);
        }
        throw new IllegalArgumentException("unknown migration source " + source);
    }

    /** Liquibase is optional at run time: say what to add instead of failing with NoClassDefFoundError. */
    private static void requireLiquibase(MigrationSource.Liquibase source) {
        try {
            Class.forName("liquibase.Liquibase", false, HistoryTools.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new SchemaDiffException(ErrorCode.USAGE, "Liquibase is not on the classpath, so " + source.changelog()
                    + " cannot be read; add liquibase-core 4.33.x (the last Apache-2.0 line) to the classpath", e);
        }
    }

    /** Kept apart so that loading this class never links Liquibase's. */
    private static final class LiquibaseToolFactory {
        static HistoryTool create(MigrationSource.Liquibase source, List<String> schemas) {
            return new dev.schemadiff.history.liquibase.LiquibaseTool(source.changelog(), schemas);
        }
    }
}
