package dev.schemadiff.catalog;

import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Table;
import dev.schemadiff.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Reading a test database through {@link PgCatalogReader} on a connection of its own. */
final class Reads {
    private Reads() {
    }

    static SchemaModel read(TestDatabase database, String... schemas) {
        try (Connection connection = database.connect()) {
            return new PgCatalogReader().read(connection, List.of(schemas));
        } catch (SQLException e) {
            throw new IllegalStateException("could not connect to " + database.name(), e);
        }
    }

    static Table table(SchemaModel model, String schema, String name) {
        return model.table(QualifiedName.of(schema, name))
                .orElseThrow(() -> new AssertionError(schema + "." + name + " not read; tables: " + model.tables()));
    }
}
