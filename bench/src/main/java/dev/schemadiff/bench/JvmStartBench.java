package dev.schemadiff.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CLI's cold start with and without an AppCDS archive (JDK 17: {@code -XX:ArchiveClassesAtExit}
 * records the classes a real plan loads, {@code -XX:SharedArchiveFile} maps them at start), for
 * {@code --version} and for a whole {@code plan --classes} on the smallest model.
 */
final class JvmStartBench {
    private final BenchConfig config;

    JvmStartBench(BenchConfig config) {
        this.config = config;
    }

    List<String> run(Workload workload) throws Exception {
        Path work = config.workDir().resolve("cds");
        Path archive = work.resolve("schemadiff-cli.jsa");
        Files.createDirectories(work);
        Files.deleteIfExists(archive);
        List<String> jar = BenchMain.launcherCommand(config.cliJar());
        List<String> plan = List.of("plan", "--db", workload.driftedUrl(), "--classes",
                workload.model().classesDir().toString(), "--naming", Workload.NAMING.name().toLowerCase(Locale.ROOT));
        BenchMain.log("JVM start: recording an AppCDS archive with one plan run");
        ChildRun.run(work, List.of("-XX:ArchiveClassesAtExit=" + archive), BenchMain.concat(jar, plan));
        List<String> withArchive = List.of("-XX:SharedArchiveFile=" + archive);
        Samples versionPlain = new Samples();
        Samples versionCds = new Samples();
        Samples planPlain = new Samples();
        Samples planCds = new Samples();
        for (int rep = 0; rep < config.jvmStartReps(); rep++) {
            versionPlain.add(ChildRun.run(work, List.of(), BenchMain.concat(jar, List.of("--version"))).wallMillis());
            versionCds.add(ChildRun.run(work, withArchive, BenchMain.concat(jar, List.of("--version"))).wallMillis());
            planPlain.add(ChildRun.run(work, List.of(), BenchMain.concat(jar, plan)).wallMillis());
            planCds.add(ChildRun.run(work, withArchive, BenchMain.concat(jar, plan)).wallMillis());
        }
        List<String> lines = new ArrayList<>();
        lines.add("### CLI cold start with and without AppCDS (wall seconds, median of " + config.jvmStartReps() + ")\n");
        lines.add("| run | default CDS only | AppCDS archive | ratio |");
        lines.add("|---|---|---|---|");
        lines.add(row("schemadiff --version", versionPlain, versionCds));
        lines.add(row("schemadiff plan --classes, N=" + workload.entities(), planPlain, planCds));
        lines.add(String.format(Locale.ROOT, "%nArchive: %.0f MB%n", Files.size(archive) / 1048576.0));
        return lines;
    }

    private static String row(String label, Samples plain, Samples cds) {
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |", label, plain.median() / 1000,
                cds.median() / 1000, cds.median() / plain.median());
    }
}
