package dev.schemadiff.bench;

import dev.schemadiff.api.ApplyReport;
import dev.schemadiff.api.ModelSource;
import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.api.SchemaDiff;
import dev.schemadiff.embedded.EmbeddedPostgresServer;
import dev.schemadiff.schema.ExpectedSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.ToolProvider;

/**
 * Apply time against row count: one table with 1k, 100k and 10M rows ({@code generate_series}) lacks the
 * same three columns its entity maps (nullable; NOT NULL with a constant default; a primitive, so NOT
 * NULL). PostgreSQL 11+ adds each without rewriting the table, so the time must not grow with the rows
 * and {@code pg_class.relfilenode} must stay the same.
 */
final class ApplyScaling {
    private static final String ENTITY = """
            package scaling;

            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.Id;
            import jakarta.persistence.Table;
            import org.hibernate.annotations.ColumnDefault;

            @Entity
            @Table(name = "apply_scaling")
            public class ApplyScaling {
                @Id
                Long id;
                String name;
                String note;
                @ColumnDefault("'new'")
                @Column(nullable = false)
                String status;
                int attempts;
            }
            """;

    private final BenchConfig config;

    ApplyScaling(BenchConfig config) {
        this.config = config;
    }

    List<String> run(EmbeddedPostgresServer server) throws Exception {
        Path classes = compileEntity();
        ModelSource source = ModelSource.classes(classes).withNaming(Workload.NAMING);
        ExpectedSchema expected = SchemaDiff.readModel(source, PlanOptions.defaults());
        List<String> lines = new ArrayList<>();
        lines.add("### Apply scaling: three missing columns (nullable, constant default, primitive NOT NULL)\n");
        lines.add("| rows | apply (s) | statements | relfilenode before → after |");
        lines.add("|---|---|---|---|");
        double first = 0;
        double last = 0;
        for (long rows : config.applyRowCounts()) {
            BenchMain.log("apply scaling: loading %,d rows", rows);
            String url = server.jdbcUrl(server.createDatabase("bench_apply_" + rows));
            Workload.execute(url, "CREATE TABLE apply_scaling (id bigint PRIMARY KEY, name varchar(255));"
                    + " INSERT INTO apply_scaling SELECT g, 'row ' || g FROM generate_series(1, " + rows + ") g");
            // VACUUM refuses to run inside a multi-statement string.
            Workload.execute(url, "VACUUM ANALYZE apply_scaling");
            try (Connection connection = DriverManager.getConnection(url)) {
                long before = relfilenode(connection);
                long start = System.nanoTime();
                ApplyReport report = SchemaDiff.apply(connection, expected, PlanOptions.defaults());
                double seconds = (System.nanoTime() - start) / 1e9;
                long after = relfilenode(connection);
                first = first == 0 ? seconds : first;
                last = seconds;
                lines.add(String.format(Locale.ROOT, "| %,d | %.3f | %d | %d → %d%s |", rows, seconds,
                        report.executed().plan().statements().size(), before, after,
                        before == after ? " (unchanged)" : " (REWRITTEN)"));
            }
        }
        lines.add(String.format(Locale.ROOT, "%nRatio largest / smallest: %.2f (target ≤ 1.5)%n", last / first));
        return lines;
    }

    private static long relfilenode(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT relfilenode FROM pg_class WHERE oid = 'apply_scaling'::regclass")) {
            row.next();
            return row.getLong(1);
        }
    }

    private Path compileEntity() throws IOException {
        Path dir = config.workDir().resolve("apply-scaling");
        Path source = dir.resolve("src/scaling/ApplyScaling.java");
        Path classes = dir.resolve("classes");
        Files.createDirectories(source.getParent());
        Files.createDirectories(classes);
        Files.writeString(source, ENTITY);
        int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-classpath",
                System.getProperty("java.class.path"), "-d", classes.toString(), "-proc:none", source.toString());
        if (exit != 0) {
            throw new IllegalStateException("the apply-scaling entity did not compile");
        }
        return classes;
    }
}
