package dev.schemadiff.bench;

import java.nio.file.Path;

/**
 * The main class of the harness's child JVMs, for the cold runs of the Hibernate peer: one task, run
 * once, then exit. {@code noop} measures the start of a JVM on the harness classpath.
 *
 * <pre>java -cp bench/target/classes:bench/target/lib/* dev.schemadiff.bench.Worker TASK CLASSES_DIR JDBC_URL</pre>
 */
public final class Worker {
    private Worker() {
    }

    /** {@code noop} | {@code hibernate-boot} | {@code hibernate-update} | {@code hibernate-validate}, a classes directory, a JDBC URL. */
    public static void main(String[] args) {
        // Hibernate logs through jboss-logging; route it to slf4j-nop, as the schemadiff CLI does.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        String task = args[0];
        switch (task) {
            case "noop" -> { }
            case "hibernate-boot" -> HibernatePeer.boot(Path.of(args[1]), args[2]);
            case "hibernate-update" -> System.out.print(HibernatePeer.updateToScript(Path.of(args[1]), args[2]));
            case "hibernate-validate" -> HibernatePeer.validate(Path.of(args[1]), args[2]);
            default -> throw new IllegalArgumentException("unknown task " + task);
        }
    }
}
