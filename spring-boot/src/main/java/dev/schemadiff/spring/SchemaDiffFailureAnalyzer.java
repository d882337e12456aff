package dev.schemadiff.spring;

import dev.schemadiff.SchemaDiffException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns a start-up stopped by schemadiff into Spring Boot's short "APPLICATION FAILED TO START" report:
 * the one-line reason and what to do, instead of a wall of nested bean-creation stack traces.
 */
public final class SchemaDiffFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SchemaDiffException || cause instanceof DatabaseDriftException) {
                String message = cause.getMessage();
                int split = message.lastIndexOf("; ");
                String description = "schemadiff: " + (split < 0 ? message : message.substring(0, split));
                String action = split < 0 ? "Fix the cause above, or set schemadiff.mode=off to start without schemadiff."
                        : capitalize(message.substring(split + 2)) + ".";
                return new FailureAnalysis(description, action, cause);
            }
        }
        return null;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
