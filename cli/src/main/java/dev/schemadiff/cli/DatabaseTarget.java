package dev.schemadiff.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The database a command works on: a PostgreSQL server reached over TCP, or a throwaway embedded one. */
sealed interface DatabaseTarget permits DatabaseTarget.Server, DatabaseTarget.Embedded {

    /** How the target is shown to the user: never with a password. */
    String display();

    /**
     * A server reached over TCP.
     *
     * @param password   the password, or {@code null} to let the server decide (trust, peer, ...)
     * @param parameters pgjdbc connection parameters (e.g. {@code sslmode}), without user and password
     * @param source     where the settings came from, named in error hints (e.g. {@code DATABASE_URL})
     */
    record Server(String host, int port, String database, String user, String password,
                  Map<String, String> parameters, String source) implements DatabaseTarget {

        public Server {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(user, "user");
            parameters = Map.copyOf(parameters);
            Objects.requireNonNull(source, "source");
        }

        Server withPassword(String newPassword) {
            return new Server(host, port, database, user, newPassword, parameters, source);
        }

        /** The same server and credentials, another database on it. */
        Server withDatabase(String newDatabase) {
            return new Server(host, port, newDatabase, user, password, parameters, source);
        }

        /** {@code host:port}, with IPv6 addresses bracketed. */
        String address() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }

        /** The JDBC URL without credentials; they travel as connection properties instead. */
        String jdbcUrl() {
            return "jdbc:postgresql://" + address() + "/" + encode(database) + query();
        }

        @Override
        public String display() {
            return "postgresql://" + encode(user) + (password == null ? "" : ":" + Secrets.MASK) + "@"
                    + address() + "/" + encode(database) + query();
        }

        private String query() {
            return parameters.isEmpty() ? "" : parameters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                    .collect(Collectors.joining("&", "?", ""));
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    /** {@code --db embedded}: a fresh server and database for this run only, loaded with {@code --init}. */
    record Embedded() implements DatabaseTarget {
        @Override
        public String display() {
            return "embedded PostgreSQL";
        }
    }
}
