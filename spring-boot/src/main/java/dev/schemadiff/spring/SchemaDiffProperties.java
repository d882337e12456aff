package dev.schemadiff.spring;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code schemadiff.*} settings of the start-up hook.
 *
 * <pre>
 * schemadiff.mode=apply
 * schemadiff.fail-on=error,drift
 * schemadiff.lock-timeout=3s
 * </pre>
 *
 * @param mode        what to do at start-up; {@link Mode#OFF} by default
 * @param failOn      which outcomes stop the application from starting; {@link FailOn#ERROR} by default,
 *                    {@code none} for none: the outcome is then logged and start-up goes on
 * @param lockTimeout PostgreSQL's {@code lock_timeout} for apply and recover
 * @param lockRetries how often apply starts over after a lock timeout or a deadlock
 * @param schemas     schemas to compare besides those the entities name; the first holds the entities that
 *                    name none
 * @param migrations  for {@link Mode#RECOVER}: the migrations, as {@code schemadiff recover --migrations}
 *                    takes them ({@code flyway:DIR}, {@code liquibase:CHANGELOG}); empty means Spring's own
 *                    {@code spring.flyway.locations} (by default {@code classpath:db/migration})
 * @param scratchUrl  for {@link Mode#RECOVER}: a JDBC URL of a server on which recover may create (and drop)
 *                    a throwaway database to replay the migrations in, as {@code --scratch-db}; the
 *                    application's credentials are used unless the URL carries its own. Empty: an embedded
 *                    PostgreSQL is started for the replay (its binaries must then be on the classpath)
 */
@ConfigurationProperties("schemadiff")
public record SchemaDiffProperties(
        @DefaultValue("off") Mode mode, @DefaultValue("error") Set<FailOn> failOn,
        @DefaultValue("5s") Duration lockTimeout, @DefaultValue("0") int lockRetries,
        @DefaultValue List<String> schemas, String migrations, String scratchUrl) {

    public SchemaDiffProperties {
        failOn = Set.copyOf(failOn);
        schemas = List.copyOf(schemas);
    }

    /** What the hook does before the database's other users start. */
    public enum Mode {
        /** Nothing. */
        OFF,
        /** Compares and logs each difference as a warning; writes nothing. */
        VALIDATE,
        /** Logs the SQL that apply would run, one line per statement; writes nothing. */
        PLAN,
        /** Adds what the entities need, under the advisory lock, in one verified transaction. */
        APPLY,
        /** Repairs the migration history after an "already exists" failure, then runs the migrations. */
        RECOVER
    }

    /** Outcomes that can stop the application from starting. */
    public enum FailOn {
        /** Validate or plan found the database short of what the entities need. */
        DRIFT,
        /** Apply or recover could not finish (a lock timeout, a refusal, a missing privilege), or reading failed. */
        ERROR,
        /** Nothing stops start-up; listed alone. */
        NONE
    }
}
