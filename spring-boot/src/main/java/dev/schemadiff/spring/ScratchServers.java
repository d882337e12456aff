package dev.schemadiff.spring;

import dev.schemadiff.history.ScratchServer;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/** The server {@code schemadiff.scratch-url} names, for recover's throwaway replay database. */
final class ScratchServers {
    private ScratchServers() {
    }

    /**
     * @param url      a {@code jdbc:postgresql:} URL; its database is the one to create throwaway databases from
     * @param user     used when the URL names no user, e.g. {@code spring.datasource.username}
     * @param password used when the URL carries no password
     */
    static ScratchServer at(String url, String user, String password) {
        return new ScratchServer() {
            @Override
            public Connection connect(String database) throws SQLException {
                PGSimpleDataSource source = new PGSimpleDataSource();
                // parses host, port, database and properties; database and credentials are then overridden
                source.setURL(url);
                if (database != null) {
                    source.setDatabaseName(database);
                }
                if (source.getUser() == null && user != null) {
                    source.setUser(user);
                }
                if (source.getPassword() == null && password != null) {
                    source.setPassword(password);
                }
                return source.getConnection();
            }

            @Override
            public void close() {
                // a server the application's operators run: nothing to stop
            }
        };
    }
}
