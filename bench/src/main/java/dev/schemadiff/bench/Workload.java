package dev.schemadiff.bench;

import dev.schemadiff.catalog.PgCatalogReader;
import dev.schemadiff.embedded.EmbeddedPostgresServer;
import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.reader.hibernate.HibernateDdl;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.ForeignKey;
import dev.schemadiff.schema.Index;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Sequence;
import dev.schemadiff.schema.Table;
import dev.schemadiff.testkit.GeneratedModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One model size: the generated entities (sources and classes), and two databases whose schema
 * Hibernate's own create-DDL made: {@code driftedUrl} then lost some tables, columns, sequences,
 * indexes and foreign keys ({@link Drift}); {@code cleanUrl} did not (Hibernate's validate stops at the
 * first mismatch, so its full pass needs the clean one).
 *
 * @param entities   N
 * @param model      the generated, compiled model
 * @param tables     the number of tables Hibernate created
 * @param drift      what was removed from the drifted database
 */
record Workload(int entities, GeneratedModel model, String driftedUrl, String cleanUrl, int tables, Drift drift) {
    static final long SEED = 20261121L;
    /** Hibernate's default naming on every side, so each peer reads the same names without configuration. */
    static final NamingMode NAMING = NamingMode.JPA;

    static Workload create(int entities, Path workDir, EmbeddedPostgresServer server) {
        deleteRecursively(workDir); // the model of an earlier run
        GeneratedModel model = GeneratedModel.write(entities, SEED, workDir).compile();
        String script = new HibernateDdl().createScript(ModelReaderOptions.of(List.of(model.classesDir()), NAMING));
        String drifted = server.jdbcUrl(server.createDatabase("bench_n" + entities + "_drifted"));
        String clean = server.jdbcUrl(server.createDatabase("bench_n" + entities + "_clean"));
        execute(drifted, script);
        execute(clean, script);
        SchemaModel created = read(drifted);
        Drift drift = Drift.choose(created, new Random(SEED));
        drift.statements().forEach(sql -> execute(drifted, sql));
        return new Workload(entities, model, drifted, clean, created.tables().size(), drift);
    }

    private static void deleteRecursively(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(path);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot clear " + dir, e);
        }
    }

    static SchemaModel read(String jdbcUrl) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            return new PgCatalogReader().read(connection, Set.of("public", "billing"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    static void execute(String jdbcUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("bench setup failed on " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    /**
     * The drift applied to a fresh schema: ≈1% of the tables, ≈2% of the other columns, ≈5% of the
     * standalone sequences, ≈5% of the plain indexes and ≈2% of the foreign keys dropped (at least one
     * of each), chosen by a seeded random so every run drifts the same way.
     */
    record Drift(List<String> statements, int tables, int columns, int sequences, int indexes, int foreignKeys) {

        static Drift choose(SchemaModel created, Random random) {
            List<String> sql = new ArrayList<>();
            List<Table> tables = shuffled(created.tables(), random);
            int tableCount = atLeastOne(tables.size() * 0.01);
            List<Table> dropped = tables.subList(0, tableCount);
            dropped.forEach(table -> sql.add(Ddl.dropTable(table.name())));
            List<Table> kept = tables.subList(tableCount, tables.size());

            List<String[]> columns = new ArrayList<>();
            for (Table table : kept) {
                List<String> key = table.primaryKey() == null ? List.of() : table.primaryKey().columns();
                for (Column column : table.columns()) {
                    if (!key.contains(column.name())) {
                        columns.add(new String[] {table.name().schema(), table.name().name(), column.name()});
                    }
                }
            }
            List<String[]> droppedColumns = shuffled(columns, random).subList(0, atLeastOne(columns.size() * 0.02));
            droppedColumns.forEach(column -> sql.add(Ddl.dropColumn(column[0], column[1], column[2])));

            List<Sequence> sequences = shuffled(created.sequences(), random);
            List<Sequence> droppedSequences = sequences.subList(0, Math.min(sequences.size(),
                    atLeastOne(sequences.size() * 0.05)));
            droppedSequences.forEach(sequence -> sql.add(Ddl.dropSequence(sequence.name())));

            List<String[]> indexes = new ArrayList<>();
            List<String[]> foreignKeys = new ArrayList<>();
            for (Table table : kept) {
                for (Index index : table.indexes()) {
                    if (!index.unique()) {
                        indexes.add(new String[] {table.name().schema(), index.name()});
                    }
                }
                for (ForeignKey foreignKey : table.foreignKeys()) {
                    foreignKeys.add(new String[] {table.name().schema(), table.name().name(), foreignKey.name()});
                }
            }
            List<String[]> droppedIndexes = shuffled(indexes, random).subList(0,
                    Math.min(indexes.size(), atLeastOne(indexes.size() * 0.05)));
            droppedIndexes.forEach(index -> sql.add(Ddl.dropIndex(index[0], index[1])));
            List<String[]> droppedKeys = shuffled(foreignKeys, random).subList(0,
                    Math.min(foreignKeys.size(), atLeastOne(foreignKeys.size() * 0.02)));
            droppedKeys.forEach(key -> sql.add(Ddl.dropConstraint(key[0], key[1], key[2])));
            return new Drift(sql, tableCount, droppedColumns.size(), droppedSequences.size(), droppedIndexes.size(),
                    droppedKeys.size());
        }

        private static int atLeastOne(double share) {
            return Math.max(1, (int) Math.round(share));
        }

        private static <T> List<T> shuffled(List<T> items, Random random) {
            List<T> copy = new ArrayList<>(items);
            Collections.shuffle(copy, random);
            return copy;
        }

        @Override
        public String toString() {
            return tables + " tables, " + columns + " columns, " + sequences + " sequences, " + indexes + " indexes, "
                    + foreignKeys + " foreign keys dropped";
        }
    }
}
