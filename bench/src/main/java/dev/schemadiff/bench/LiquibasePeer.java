package dev.schemadiff.bench;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The liquibase-hibernate7 peer, run in a child JVM on its own classpath: Liquibase 5.x is FSL-licensed,
 * so its jars are resolved by run.sh into {@code bench/target/liquibase-lib} and never reach a schemadiff
 * artifact; its driver ({@code LiquibaseDiff.java}) is compiled here against those jars. The model is a
 * persistence unit listing the generated managed classes, referenced as {@code hibernate:ejb3:bench}.
 */
final class LiquibasePeer {
    private static final String UNIT = "bench";

    /** Why it cannot run, or null when it can. */
    private final String missing;
    private final Path driverClasses;
    private final Path lib;

    private LiquibasePeer(String missing, Path driverClasses, Path lib) {
        this.missing = missing;
        this.driverClasses = driverClasses;
        this.lib = lib;
    }

    static LiquibasePeer locate(BenchConfig config) {
        Path lib = config.liquibaseLib();
        boolean present;
        try (var jars = Files.list(lib)) {
            present = jars.anyMatch(jar -> jar.getFileName().toString().startsWith("liquibase-hibernate7-"));
        } catch (IOException e) {
            present = false;
        }
        if (!present) {
            return new LiquibasePeer("liquibase-hibernate7 was not resolved into " + lib
                    + " (run bench/run.sh, which downloads it); no Liquibase figures", null, lib);
        }
        Path classes = config.workDir().resolve("liquibase-driver");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        try {
            Files.createDirectories(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // javac expands a "lib/*" wildcard only on its command line, not through the compiler API: list the jars.
        String classpath;
        try (var jars = Files.list(lib)) {
            classpath = jars.map(Path::toString).filter(name -> name.endsWith(".jar")).sorted()
                    .collect(Collectors.joining(File.pathSeparator));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean compiled = compiler.getTask(output, null, null, List.of("-classpath", classpath,
                "-d", classes.toString(), "--release", "17"), null,
                compiler.getStandardFileManager(null, null, null).getJavaFileObjects(config.liquibaseSource().toFile()))
                .call();
        if (!compiled) {
            return new LiquibasePeer("the Liquibase driver did not compile against " + lib + ": "
                    + output.toString().lines().findFirst().orElse(""), null, lib);
        }
        return new LiquibasePeer(null, classes, lib);
    }

    String availability() {
        return missing != null ? missing
                : "liquibase-hibernate7 5.0.3 with liquibase-core 5.0.3 (FSL; downloaded at bench time only), on Hibernate 7.4.6";
    }

    /** Runs the diff in one child JVM; the first run is the cold figure (JVM start excluded), the others warm. */
    void measure(Workload workload, BenchConfig config, Results results) {
        if (missing != null) {
            return;
        }
        int entities = workload.entities();
        BenchMain.log("N=%d liquibase-hibernate7 diff (%d runs in one JVM)", entities, config.liquibaseRuns(entities));
        Path unit = writePersistenceUnit(workload);
        String classpath = String.join(File.pathSeparator, lib + File.separator + "*",
                workload.model().classesDir().toString(), unit.toString(), driverClasses.toString());
        Results.Cell cell = results.cell(BenchMain.LIQUIBASE, entities);
        Path report = config.outDir().resolve("liquibase-diff-n" + entities + ".txt");
        try {
            ChildRun run = ChildRun.run(config.workDir().resolve("cold"), List.of(), List.of("-cp", classpath,
                    "LiquibaseDiff", workload.driftedUrl(), "hibernate:ejb3:" + UNIT,
                    Integer.toString(config.liquibaseRuns(entities)), report.toString()));
            for (String line : run.stdout().lines().filter(l -> l.startsWith("run ")).toList()) {
                String[] fields = line.split(" ");
                double millis = Double.parseDouble(fields[2]);
                (fields[1].equals("1") ? cell.cold : cell.warm).add(millis);
            }
            cell.peakHeapMb.add(run.peakHeapMb());
            cell.peakRssMb.add(run.peakRssKb() / 1024.0);
            cell.note = String.format("one JVM, %.1f s wall incl. start; its report: %s", run.wallMillis() / 1000,
                    report.getFileName());
        } catch (IllegalStateException e) {
            String reason = e.getMessage().lines().findFirst().orElse("");
            cell.note = "failed: " + reason.substring(0, Math.min(300, reason.length()));
            BenchMain.log("N=%d liquibase-hibernate7 failed: %s", entities, cell.note);
        }
    }

    private static Path writePersistenceUnit(Workload workload) {
        Path dir = workload.model().classesDir().resolveSibling("liquibase-unit");
        List<Class<?>> managed;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {workload.model().classesDir().toUri().toURL()},
                LiquibasePeer.class.getClassLoader())) {
            managed = HibernatePeer.managedClasses(workload.model().classesDir(), loader);
            String classes = managed.stream().map(type -> "    <class>" + type.getName() + "</class>")
                    .collect(Collectors.joining("\n"));
            Files.createDirectories(dir.resolve("META-INF"));
            Files.writeString(dir.resolve("META-INF/persistence.xml"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                      <persistence-unit name="%s">
                    %s
                        <exclude-unlisted-classes>true</exclude-unlisted-classes>
                        <properties>
                          <property name="hibernate.dialect" value="org.hibernate.dialect.PostgreSQLDialect"/>
                        </properties>
                      </persistence-unit>
                    </persistence>
                    """.formatted(UNIT, classes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
