package dev.schemadiff;

/** Categories of failure a user can act on. Every one of them exits the CLI with status 1. */
public enum ErrorCode {
    /** Bad command-line input: a missing option, a malformed URL, an unreadable file. */
    USAGE,
    /** The entity classes or sources could not be read into a schema model. */
    MODEL,
    /** The server could not be reached. */
    CONNECTION,
    /** The server refused the credentials. */
    AUTHENTICATION,
    /** The named database does not exist. */
    DATABASE_MISSING,
    /** The connected role lacks a privilege the plan needs. */
    PERMISSION,
    /** Reading the PostgreSQL catalog failed. */
    CATALOG,
    /** Applying the plan failed; the transaction was rolled back. */
    APPLY,
    /** A lock could not be had within the lock timeout. */
    LOCK_TIMEOUT,
    /** A reviewed plan no longer matches the database (or the entities): it was made before a change. */
    STALE_PLAN,
    /** The embedded PostgreSQL server could not be started. */
    EMBEDDED;

    public int exitCode() {
        return 1;
    }
}
