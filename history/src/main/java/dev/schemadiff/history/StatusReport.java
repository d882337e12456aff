package dev.schemadiff.history;

import dev.schemadiff.api.PlanResult;
import java.util.List;

/**
 * What {@code status} found. Never written anything to get it.
 *
 * @param server            the connection
 * @param tool              {@code Flyway}, {@code Liquibase} or {@code Alembic}
 * @param historyTable      the tool's history table, {@code schema.table}
 * @param historyTables     the history tables of any tool found in the compared schemas
 * @param migrations        every migration the files or the history know, in order
 * @param heads             Alembic's heads (several means branches to merge); empty for the other tools
 * @param notes             facts worth a line that fit nowhere else (multiple heads, what was not checked)
 * @param presentVersions   pending migrations whose objects already exist (in whole or in part): recover
 *                          would record them as applied instead of running them
 * @param gaps              what the database lacks of the schema those migrations produce
 * @param entityDrift       the plan against the entities, or {@code null} when none were given
 * @param missingPrivileges what the connected role may not do that a recover needs, one line each
 * @param state             the classification
 */
public record StatusReport(
        ServerFacts server, String tool, String historyTable, List<String> historyTables,
        List<MigrationEntry> migrations, List<String> heads, List<String> notes, List<String> presentVersions,
        List<Gap> gaps, PlanResult entityDrift, List<String> missingPrivileges, DatabaseState state) {

    public StatusReport {
        historyTables = List.copyOf(historyTables);
        migrations = List.copyOf(migrations);
        heads = List.copyOf(heads);
        notes = List.copyOf(notes);
        presentVersions = List.copyOf(presentVersions);
        gaps = List.copyOf(gaps);
        missingPrivileges = List.copyOf(missingPrivileges);
    }

    /** Migrations with the given status. */
    public List<MigrationEntry> migrations(MigrationEntry.Status status) {
        return migrations.stream().filter(entry -> entry.status() == status).toList();
    }
}
