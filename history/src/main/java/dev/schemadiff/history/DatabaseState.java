package dev.schemadiff.history;

/**
 * How a database stands against its migration files and history, as {@code status} classifies it.
 * The classes are checked in declaration order; the first that fits is the answer.
 */
public enum DatabaseState {
    /** No tables and no history: the migration tool can run normally. */
    FRESH(false, "no tables yet: let the migration tool migrate normally"),
    /** The history names a migration whose file is gone, or whose file changed since it ran. */
    ORPHANED(true, "the history names migrations whose files are gone or changed: run schemadiff recover"),
    /** Tables exist but no migration has been recorded. */
    UNTRACKED(true, "tables exist but no migration is recorded: run schemadiff recover"),
    /**
     * The history is behind the files and the next migration's objects are already (partly) there, or a
     * failed migration is recorded: migrating would collide ("already exists").
     */
    BEHIND(true, "pending migrations would collide with objects that already exist: run schemadiff recover"),
    /** Every migration is recorded, yet objects they create are missing from the database. */
    DRIFTED(true, "recorded migrations' objects are missing: run schemadiff recover to add them"),
    /** The history is behind the files and the pending migrations' objects are absent: a normal deploy. */
    PENDING(false, "pending migrations can run normally"),
    /** History, files and schema agree. */
    IN_SYNC(false, "history, migration files and schema agree");

    private final boolean actionNeeded;
    private final String advice;

    DatabaseState(boolean actionNeeded, String advice) {
        this.actionNeeded = actionNeeded;
        this.advice = advice;
    }

    /** Whether a deploy would fail or leave the schema short without {@code recover}: status exits 2. */
    public boolean actionNeeded() {
        return actionNeeded;
    }

    /** One line: what the state means and what to do. */
    public String advice() {
        return advice;
    }
}
