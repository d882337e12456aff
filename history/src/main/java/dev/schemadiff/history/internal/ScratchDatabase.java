package dev.schemadiff.history.internal;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.emit.Identifiers;
import dev.schemadiff.history.ScratchServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database created for one replay on a {@link ScratchServer} and dropped afterwards. Every replay gets
 * its own, so two recovers running at once never share one. A run that is killed cannot drop its own, so
 * each new one first drops those left behind: nobody connected, and created (per the epoch second in its
 * name) longer ago than any replay holds one without a session.
 */
public final class ScratchDatabase implements AutoCloseable {
    /** Older than this, with no session, a scratch database is an orphan of a killed run. */
    static final Duration ORPHAN_AGE = Duration.ofMinutes(10);
    private static final String PREFIX = "schemadiff_scratch_";
    /** {@code schemadiff_scratch_<epoch second>_<pid>_<counter>_<nanos>}; older names lack the epoch second. */
    private static final Pattern CREATED_AT = Pattern.compile(PREFIX + "(\\d{10,})_\\d+_\\d+_[0-9a-f]+");
    private static final String ORPHANS = SqlResource.load("scratch-orphans.sql");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final ScratchServer server;
    private final String name;
    private final Connection connection;

    private ScratchDatabase(ScratchServer server, String name, Connection connection) {
        this.server = server;
        this.name = name;
        this.connection = connection;
    }

    /** @throws SchemaDiffException when the database cannot be created or reached */
    public static ScratchDatabase create(ScratchServer server) {
        String name = PREFIX + Instant.now().getEpochSecond() + "_" + ProcessHandle.current().pid() + "_"
                + COUNTER.incrementAndGet() + "_" + Long.toHexString(System.nanoTime() & 0xffffff);
        try (Connection maintenance = server.connect(null); Statement statement = maintenance.createStatement()) {
            dropOrphans(statement, Instant.now().minus(ORPHAN_AGE));
            statement.execute("CREATE DATABASE " + Identifiers.quote(name));
        } catch (SQLException e) {
            throw new SchemaDiffException(ErrorCode.CONNECTION, "cannot create the scratch database " + name
                    + " for the replay: " + firstLine(e) + "; the scratch server's role needs CREATEDB", e);
        }
        try {
            return new ScratchDatabase(server, name, server.connect(name));
        } catch (SQLException e) {
            ScratchDatabase unusable = new ScratchDatabase(server, name, null);
            unusable.close();
            throw new SchemaDiffException(ErrorCode.CONNECTION, "cannot connect to the scratch database " + name
                    + ": " + firstLine(e), e);
        }
    }

    /**
     * Drops the scratch databases created before {@code cutoff} that nobody is connected to. Best effort:
     * one that cannot be dropped (another role's, or just connected to) is left for a later run.
     */
    static List<String> dropOrphans(Statement statement, Instant cutoff) throws SQLException {
        List<String> candidates = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(ORPHANS)) {
            while (rows.next()) {
                candidates.add(rows.getString(1));
            }
        }
        List<String> dropped = new ArrayList<>();
        for (String candidate : candidates) {
            Matcher created = CREATED_AT.matcher(candidate);
            if (created.matches() && Instant.ofEpochSecond(Long.parseLong(created.group(1))).isBefore(cutoff)) {
                try {
                    // no FORCE: a session that connected since the query keeps its database
                    statement.execute("DROP DATABASE IF EXISTS " + Identifiers.quote(candidate));
                    dropped.add(candidate);
                } catch (SQLException inUseOrNotOurs) {
                    // left for a later run; the replay does not depend on it
                }
            }
        }
        return dropped;
    }

    public Connection connection() {
        return connection;
    }

    /** Closes the connection and drops the database, whatever the replay left in it. */
    @Override
    public void close() {
        try {
            if (connection != null) {
                connection.close();
            }
            try (Connection maintenance = server.connect(null); Statement statement = maintenance.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + Identifiers.quote(name) + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            throw new SchemaDiffException(ErrorCode.CONNECTION, "dropping the scratch database " + name
                    + " failed: " + firstLine(e) + "; drop it by hand", e);
        }
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.lines().findFirst().orElse(message);
    }
}
