package dev.schemadiff;

import java.util.Objects;

/**
 * The one unchecked exception schemadiff throws for conditions a user can act on. Its message is a
 * single line that says what failed and what to try; the CLI prints it without a stack trace.
 */
public final class SchemaDiffException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public SchemaDiffException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public SchemaDiffException(ErrorCode code, String message, Throwable cause) {
        super(Objects.requireNonNull(message), cause);
        this.code = Objects.requireNonNull(code);
    }

    /** The category of the failure, which also fixes the process exit code. */
    public ErrorCode code() {
        return code;
    }
}
