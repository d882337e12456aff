package dev.schemadiff.catalog;

import static dev.schemadiff.catalog.Reads.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Sequence;
import dev.schemadiff.schema.Table;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Objects that belong to an extension are the extension's business, not the schema's.
 *
 * <p>None of the contrib extensions shipped with the embedded server creates a table or a sequence
 * (their install scripts create types, functions, operators and views only), so the test makes a
 * table, its index and a sequence members of a real installed extension with
 * {@code ALTER EXTENSION ... ADD}. That records the same {@code pg_depend} row ({@code deptype 'e'})
 * an extension script's own {@code CREATE TABLE} records, and is how extension configuration tables
 * come back from a dump. Reading before and after shows it is membership alone that hides them.
 */
@ExtendWith(PostgresExtension.class)
class ExtensionObjectsTest {

    @Test
    void leavesOutTablesAndSequencesThatBelongToAnExtension(TestDatabase database) {
        assertEquals("citext", database.queryValue("select name from pg_available_extensions where name = 'citext'"));
        database.execute("""
                create schema app;
                create extension citext schema app;
                create table app.extension_settings (key text primary key, value text);
                create index extension_settings_value_idx on app.extension_settings (value);
                create sequence app.extension_ids;
                create table app.users (id int);
                """);
        SchemaModel before = read(database, "app");
        assertEquals(List.of("extension_settings", "users"), before.tables().stream().map(t -> t.name().name()).toList());
        assertEquals(List.of("extension_ids"), before.sequences().stream().map(s -> s.name().name()).toList());

        database.execute("""
                alter extension citext add table app.extension_settings;
                alter extension citext add sequence app.extension_ids;
                """);
        SchemaModel after = read(database, "app");

        assertEquals(List.of(Table.of(QualifiedName.of("app", "users"),
                before.table(QualifiedName.of("app", "users")).orElseThrow().columns())), after.tables());
        assertEquals(List.<Sequence>of(), after.sequences());
    }
}
