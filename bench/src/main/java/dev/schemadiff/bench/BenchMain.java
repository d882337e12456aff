package dev.schemadiff.bench;

import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.api.SchemaDiff;
import dev.schemadiff.catalog.PgCatalogReader;
import dev.schemadiff.cli.Main;
import dev.schemadiff.diff.DiffOptions;
import dev.schemadiff.diff.SchemaDiffer;
import dev.schemadiff.embedded.EmbeddedPostgresServer;
import dev.schemadiff.emit.Plan;
import dev.schemadiff.emit.PlanEmitter;
import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.hibernate.HibernateModelReader;
import dev.schemadiff.reader.source.SourceModelReader;
import dev.schemadiff.reader.source.SourceReaderOptions;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.change.ChangeSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark: schemadiff against Hibernate's schema tools and liquibase-hibernate on generated
 * models of N entities in an embedded PostgreSQL, measured in one run, tools alternating, warm (in
 * this JVM after a warm-up) and cold (a fresh JVM per run, JVM start measured apart and subtracted).
 * Then apply scaling, a 100-tenant fleet plan and the CLI's start with and without AppCDS. Writes
 * {@code results.md}, {@code results.csv} and {@code time-vs-n.png} to the output directory.
 *
 * <pre>bench/run.sh [--quick]</pre>
 */
public final class BenchMain {
    static final String PLAN_CLASSES = "schemadiff plan --classes";
    static final String PLAN_SOURCE = "schemadiff plan --source";
    static final String HIBERNATE_BOOT = "Hibernate metadata boot";
    static final String HIBERNATE_UPDATE = "Hibernate update to script";
    static final String HIBERNATE_VALIDATE = "Hibernate validate";
    static final String LIQUIBASE = "liquibase-hibernate7 diff";
    static final String FLOOR = "catalog queries, raw JDBC (floor)";
    static final String READ_CLASSES = "phase: read model (classes)";
    static final String READ_SOURCE = "phase: read model (source)";
    static final String READ_CATALOG = "phase: read catalog";
    static final String DIFF = "phase: diff";
    static final String EMIT = "phase: emit";
    static final String JVM_START_CLI = "JVM start: CLI jar (--version)";
    static final String JVM_START_HARNESS = "JVM start: harness classpath (no-op main)";

    private final BenchConfig config;
    private final Results results = new Results();
    private final List<String> notes = new ArrayList<>();

    private BenchMain(BenchConfig config) {
        this.config = config;
    }

    /** See {@link BenchConfig#parse} for the arguments. */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        BenchConfig config = BenchConfig.parse(args);
        Files.createDirectories(config.workDir());
        // A snapshot of the CLI jar: a rebuild of cli/ during a 20-minute run must not change what is measured.
        Path cliJar = config.workDir().resolve("schemadiff-cli.jar");
        Files.copy(config.cliJar(), cliJar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        config = config.withCliJar(cliJar);
        long start = System.nanoTime();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
            new BenchMain(config).run(server);
        }
        System.out.printf("bench: done in %.1f min%n", (System.nanoTime() - start) / 6e10);
    }

    private void run(EmbeddedPostgresServer server) throws Exception {
        String date = LocalDate.now().toString();
        List<Workload> workloads = new ArrayList<>();
        for (int entities : config.sizes()) {
            log("preparing N=%d (generate, compile, Hibernate create DDL, drift)", entities);
            Workload workload = Workload.create(entities, config.workDir().resolve("n" + entities), server);
            log("N=%d: %d tables; drift: %s", entities, workload.tables(), workload.drift());
            workloads.add(workload);
        }
        LiquibasePeer liquibase = LiquibasePeer.locate(config);
        notes.add(liquibase.availability());
        for (Workload workload : workloads) {
            measureWarm(workload);
            measureCold(workload);
            if (workload.entities() <= config.liquibaseMaxEntities()) {
                liquibase.measure(workload, config, results);
            }
        }
        List<String> extra = new ArrayList<>();
        extra.addAll(new ApplyScaling(config).run(server));
        extra.addAll(FleetBench.run(server, workloads.get(0), config));
        extra.addAll(new JvmStartBench(config).run(workloads.get(0)));
        Report report = new Report(results, config, notes, extra, date);
        String markdown = report.markdown();
        System.out.println(markdown);
        Files.writeString(config.outDir().resolve("results.md"), markdown);
        Files.writeString(config.outDir().resolve("results.csv"), report.csv());
        report.plot(config.outDir().resolve("time-vs-n.png"));
        log("wrote %s/results.md, results.csv, time-vs-n.png", config.outDir());
    }

    private void measureWarm(Workload workload) throws Exception {
        int entities = workload.entities();
        Path classes = workload.model().classesDir();
        Path sources = workload.model().sourceRoot();
        ModelReaderOptions classOptions = ModelReaderOptions.of(List.of(classes), Workload.NAMING);
        SourceReaderOptions sourceOptions = SourceReaderOptions.of(List.of(sources), Workload.NAMING);
        try (Connection connection = DriverManager.getConnection(workload.driftedUrl());
             Connection floorConnection = DriverManager.getConnection(workload.driftedUrl())) {
            ExpectedSchema expected = new HibernateModelReader().read(classOptions);
            List<String> schemas = List.copyOf(SchemaDiff.schemasToRead(expected, PlanOptions.defaults()));
            SchemaModel actual = new PgCatalogReader().read(connection, schemas);
            ChangeSet changes = new SchemaDiffer().diff(expected, actual, DiffOptions.defaults());
            Plan plan = PlanEmitter.emit(changes);
            String hibernateScript = HibernatePeer.updateToScript(classes, workload.driftedUrl());
            notes.add(String.format("N=%d: schemadiff plans %d statements; Hibernate's update script has %d",
                    entities, plan.statements().size(), hibernateScript.lines().filter(l -> !l.isBlank()).count()));
            CatalogFloor floor = new CatalogFloor();
            Map<String, Callable<?>> tasks = new LinkedHashMap<>();
            tasks.put(PLAN_CLASSES, () -> cli(workload, "--classes", classes));
            tasks.put(PLAN_SOURCE, () -> cli(workload, "--source", sources));
            tasks.put(HIBERNATE_BOOT, () -> HibernatePeer.boot(classes, workload.driftedUrl()));
            tasks.put(HIBERNATE_UPDATE, () -> HibernatePeer.updateToScript(classes, workload.driftedUrl()));
            tasks.put(HIBERNATE_VALIDATE, () -> {
                HibernatePeer.validate(classes, workload.cleanUrl());
                return null;
            });
            tasks.put(FLOOR, () -> floor.read(floorConnection, schemas));
            tasks.put(READ_CLASSES, () -> new HibernateModelReader().read(classOptions));
            tasks.put(READ_SOURCE, () -> new SourceModelReader().read(sourceOptions));
            tasks.put(READ_CATALOG, () -> new PgCatalogReader().read(connection, schemas));
            tasks.put(DIFF, () -> new SchemaDiffer().diff(expected, actual, DiffOptions.defaults()));
            tasks.put(EMIT, () -> PlanEmitter.emit(changes));
            List<String> order = new ArrayList<>(tasks.keySet());
            log("N=%d warm: warm-up", entities);
            for (int round = 0; round < config.warmupRounds(); round++) {
                for (Callable<?> task : tasks.values()) {
                    task.call();
                }
            }
            int reps = config.warmReps(entities);
            for (int rep = 0; rep < reps; rep++) {
                log("N=%d warm: round %d/%d", entities, rep + 1, reps);
                for (int i = 0; i < order.size(); i++) {
                    // Rotate the starting tool each round, so no tool always follows the same one.
                    String tool = order.get((i + rep) % order.size());
                    long start = System.nanoTime();
                    tasks.get(tool).call();
                    results.cell(tool, entities).warm.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
    }

    /** An in-process run of the real CLI, exactly as the command line would run it. */
    private static int cli(Workload workload, String modelOption, Path model) {
        StringWriter err = new StringWriter();
        int exit = new Main(null).run(new String[] {"plan", "--db", workload.driftedUrl(), modelOption, model.toString(),
                "--naming", Workload.NAMING.name().toLowerCase(java.util.Locale.ROOT)},
                new PrintWriter(Writer.nullWriter()), new PrintWriter(err), Map.of());
        if (exit != 0) {
            throw new IllegalStateException("schemadiff plan " + modelOption + " exited " + exit + ": " + err);
        }
        return exit;
    }

    private void measureCold(Workload workload) {
        int entities = workload.entities();
        Path classes = workload.model().classesDir();
        String naming = Workload.NAMING.name().toLowerCase(java.util.Locale.ROOT);
        List<String> cliJar = launcherCommand(config.cliJar());
        List<String> harness = List.of("-cp", config.harnessClasspath(), Worker.class.getName());
        Path work = config.workDir().resolve("cold");
        int reps = config.coldReps(entities);
        for (int rep = 0; rep < reps; rep++) {
            log("N=%d cold: round %d/%d", entities, rep + 1, reps);
            ChildRun cliStart = ChildRun.run(work, List.of(), concat(cliJar, List.of("--version")));
            ChildRun harnessStart = ChildRun.run(work, List.of(), concat(harness, List.of("noop")));
            results.addCold(JVM_START_CLI, entities, cliStart, 0);
            results.addCold(JVM_START_HARNESS, entities, harnessStart, 0);
            double cliStartMillis = cliStart.wallMillis();
            double harnessStartMillis = harnessStart.wallMillis();
            results.addCold(PLAN_CLASSES, entities, ChildRun.run(work, List.of(), concat(cliJar, List.of("plan",
                    "--db", workload.driftedUrl(), "--classes", classes.toString(), "--naming", naming))), cliStartMillis);
            results.addCold(HIBERNATE_UPDATE, entities, ChildRun.run(work, List.of(), concat(harness,
                    List.of("hibernate-update", classes.toString(), workload.driftedUrl()))), harnessStartMillis);
            results.addCold(PLAN_SOURCE, entities, ChildRun.run(work, List.of(), concat(cliJar, List.of("plan",
                    "--db", workload.driftedUrl(), "--source", workload.model().sourceRoot().toString(),
                    "--naming", naming))), cliStartMillis);
            results.addCold(HIBERNATE_VALIDATE, entities, ChildRun.run(work, List.of(), concat(harness,
                    List.of("hibernate-validate", classes.toString(), workload.cleanUrl()))), harnessStartMillis);
            results.addCold(HIBERNATE_BOOT, entities, ChildRun.run(work, List.of(), concat(harness,
                    List.of("hibernate-boot", classes.toString(), workload.driftedUrl()))), harnessStartMillis);
        }
    }

    /**
     * {@code <the launcher's JVM flags> -jar <jar>}: a cold run measures what {@code ./schemadiff} runs.
     * The flags are read from the launcher's {@code jit_opts} line, so the two cannot drift apart.
     */
    static List<String> launcherCommand(Path jar) {
        Matcher flags;
        try {
            flags = Pattern.compile("(?m)^jit_opts=\"([^\"]*)\"").matcher(Files.readString(Path.of("schemadiff")));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the launcher ./schemadiff for its JVM flags", e);
        }
        if (!flags.find()) {
            throw new IllegalStateException("./schemadiff has no jit_opts=\"...\" line to take the JVM flags from");
        }
        List<String> command = new ArrayList<>(List.of(flags.group(1).trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    static void log(String format, Object... args) {
        System.out.printf("bench: " + format + "%n", args);
        System.out.flush();
    }
}
