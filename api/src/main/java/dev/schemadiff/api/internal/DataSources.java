package dev.schemadiff.api.internal;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Borrows a connection from an application's {@link DataSource}, with a failure a user can act on. */
public final class DataSources {
    private DataSources() {
    }

    /** @throws SchemaDiffException ({@code CONNECTION}) when the data source gives no connection */
    public static Connection borrow(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("").strip();
            throw new SchemaDiffException(ErrorCode.CONNECTION, "cannot get a connection from the DataSource: "
                    + message + (e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")")
                    + "; check the data source's URL, user and password and that the server is running", e);
        }
    }
}
