package dev.schemadiff.history;

/**
 * Who and where status ran.
 *
 * @param database      the connected database
 * @param user          the connected role ({@code current_user})
 * @param serverVersion PostgreSQL's {@code server_version}, e.g. {@code 17.6}
 */
public record ServerFacts(String database, String user, String serverVersion) {
}
