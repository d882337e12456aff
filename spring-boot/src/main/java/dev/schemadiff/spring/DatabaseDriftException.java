package dev.schemadiff.spring;

/**
 * Validate or plan found the database short of what the entities need, and {@code schemadiff.fail-on}
 * lists {@code drift}: the application does not start.
 */
public final class DatabaseDriftException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    DatabaseDriftException(int statements, String first) {
        super("the database lacks what the entities need: " + statements + " statement(s) pending, the first "
                + first + "; run with schemadiff.mode=apply (or `schemadiff apply`), or drop 'drift' from"
                + " schemadiff.fail-on to start anyway");
    }
}
