package dev.schemadiff.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What a benchmark run measures and where its inputs and outputs are.
 *
 * @param quick             N=200 only, fewer repetitions, smaller apply and fleet runs: for trying the harness
 * @param sizes             the model sizes N
 * @param outDir            where results.md, results.csv and the plot go
 * @param workDir           generated models and child JVM scratch files
 * @param cliJar            the shaded CLI jar ({@code cli/target/schemadiff-cli.jar})
 * @param liquibaseLib      the liquibase-hibernate7 peer's jars, resolved by run.sh; may be absent
 * @param liquibaseSource   {@code LiquibaseDiff.java}, compiled against {@code liquibaseLib} at run time
 */
record BenchConfig(boolean quick, List<Integer> sizes, Path outDir, Path workDir, Path cliJar, Path liquibaseLib,
                   Path liquibaseSource) {

    /**
     * {@code [--quick] [--sizes 200,1000,3000] [--out DIR] [--cli-jar JAR] [--liquibase-lib DIR]
     * [--liquibase-source FILE]}; paths default to those under {@code bench/} and {@code cli/} relative to
     * the repository root, the working directory run.sh sets.
     */
    static BenchConfig parse(String[] args) {
        boolean quick = false;
        List<Integer> sizes = null;
        Path out = Path.of("bench/target");
        Path cliJar = Path.of("cli/target/schemadiff-cli.jar");
        Path liquibaseLib = Path.of("bench/target/liquibase-lib");
        Path liquibaseSource = Path.of("bench/liquibase-hibernate/src/LiquibaseDiff.java");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--sizes" -> sizes = java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                case "--out" -> out = Path.of(args[++i]);
                case "--cli-jar" -> cliJar = Path.of(args[++i]);
                case "--liquibase-lib" -> liquibaseLib = Path.of(args[++i]);
                case "--liquibase-source" -> liquibaseSource = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use [--quick] [--sizes 200,1000,3000] [--out DIR] [--cli-jar JAR] [--liquibase-lib DIR]");
            }
        }
        if (sizes == null) {
            sizes = quick ? List.of(200) : List.of(200, 1000, 3000);
        }
        Path absoluteOut = out.toAbsolutePath();
        return new BenchConfig(quick, sizes, absoluteOut, absoluteOut.resolve("work"), cliJar.toAbsolutePath(),
                liquibaseLib.toAbsolutePath(), liquibaseSource.toAbsolutePath());
    }

    BenchConfig withCliJar(Path jar) {
        return new BenchConfig(quick, sizes, outDir, workDir, jar, liquibaseLib, liquibaseSource);
    }

    int warmupRounds() {
        return quick ? 1 : 2;
    }

    int warmReps(int entities) {
        return quick ? 3 : entities >= 3000 ? 3 : 5;
    }

    int coldReps(int entities) {
        return quick ? 1 : entities >= 3000 ? 2 : 3;
    }

    /** liquibase-hibernate runs up to this N: it is two orders of magnitude slower at 3000. */
    int liquibaseMaxEntities() {
        return 1000;
    }

    /** Runs of Liquibase's diff in its one JVM: the first is its cold figure, the rest warm. */
    int liquibaseRuns(int entities) {
        return quick ? 2 : entities >= 1000 ? 3 : 4;
    }

    List<Long> applyRowCounts() {
        return quick ? List.of(1_000L, 100_000L, 1_000_000L) : List.of(1_000L, 100_000L, 10_000_000L);
    }

    int fleetTenants() {
        return quick ? 10 : 100;
    }

    int jvmStartReps() {
        return quick ? 3 : 5;
    }

    /** The harness's own classpath, for its child JVMs. */
    String harnessClasspath() {
        // Absolute: the children run in the work directory.
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }
}
