package dev.schemadiff.reliability;

import dev.schemadiff.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The CLI run in this JVM through {@link Main#run}: the same code path as the command line, without a
 * JVM start per run.
 */
record InProcessCli(int exitCode, String out, String err) {

    static InProcessCli run(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = new Main().run(args, new PrintWriter(out), new PrintWriter(err),
                Map.of("HOME", home.toString(), "USER", "reliability"));
        return new InProcessCli(exitCode, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** The last stderr line: where a failing run puts its error. */
    String lastErrLine() {
        List<String> lines = errLines();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
