package dev.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TargetResolverTest {
    @TempDir
    Path home;

    /** The environment of a case, with HOME at an empty directory so no real ~/.pgpass is read. */
    private Map<String, String> env(Map<String, String> variables) {
        Map<String, String> env = new HashMap<>(variables);
        env.putIfAbsent("HOME", home.toString());
        env.putIfAbsent("USER", "osuser");
        return env;
    }

    private DatabaseTarget resolve(String db, Map<String, String> variables) {
        return new TargetResolver(env(variables), warning -> { }).resolve(db);
    }

    /** host port database user password {parameters} source. */
    private static String describe(DatabaseTarget target) {
        DatabaseTarget.Server s = assertInstanceOf(DatabaseTarget.Server.class, target);
        return s.host() + " " + s.port() + " " + s.database() + " " + s.user() + " " + s.password() + " "
                + new TreeMap<>(s.parameters()) + " " + s.source();
    }

    static Stream<Arguments> urls() {
        return Stream.of(
                Arguments.of("postgres://u:p@h:6543/app?sslmode=require", "h 6543 app u p {sslmode=require} --db"),
                Arguments.of("postgresql://u:p@h/app", "h 5432 app u p {} --db"),
                Arguments.of("POSTGRESQL://u:p@h/app", "h 5432 app u p {} --db"),
                Arguments.of("postgresql+asyncpg://u:p@h:5433/app?ssl=require", "h 5433 app u p {sslmode=require} --db"),
                Arguments.of("postgresql+psycopg2://u:p@h/app?application_name=web&connect_timeout=3",
                        "h 5432 app u p {ApplicationName=web, connectTimeout=3} --db"),
                Arguments.of("postgres://us%40er:p%40ss%3Aw%2Frd@h/my%20db", "h 5432 my db us@er p@ss:w/rd {} --db"),
                Arguments.of("postgres://u:p@ss/w:rd@h/app", "h 5432 app u p@ss/w:rd {} --db"),
                Arguments.of("postgres://u:a+b@h/app", "h 5432 app u a+b {} --db"),
                Arguments.of("postgres://u@[::1]:5433/app", "::1 5433 app u null {} --db"),
                Arguments.of("postgres://h/app?user=qu&password=qp&options=-c%20search_path%3Dx",
                        "h 5432 app qu qp {options=-c search_path=x} --db"),
                Arguments.of("postgres://u@h", "h 5432 u u null {} --db"),
                Arguments.of("postgres://", "localhost 5432 osuser osuser null {} --db"),
                Arguments.of("jdbc:postgresql://h:1234/app?user=u&password=p&sslmode=verify-full&ssl=true",
                        "h 1234 app u p {ssl=true, sslmode=verify-full} --db"),
                Arguments.of("jdbc:postgresql://h/app", "h 5432 app osuser null {} --db"),
                Arguments.of("jdbc:postgresql:app", "localhost 5432 app osuser null {} --db"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urls")
    void parsesEveryUrlForm(String url, String expected) {
        assertEquals(expected, describe(resolve(url, Map.of())));
    }

    static Stream<Arguments> environments() {
        return Stream.of(
                Arguments.of("PG* fill what a URL leaves out", "postgres://h",
                        Map.of("PGUSER", "pu", "PGPASSWORD", "pw", "PGDATABASE", "pd", "PGPORT", "6000",
                                "PGSSLMODE", "require"),
                        "h 6000 pd pu pw {sslmode=require} --db"),
                Arguments.of("the URL beats PG*", "postgres://u:p@h:1/d",
                        Map.of("PGUSER", "pu", "PGPASSWORD", "pw", "PGHOST", "ph", "PGPORT", "2", "PGDATABASE", "pd"),
                        "h 1 d u p {} --db"),
                Arguments.of("--db beats DATABASE_URL", "postgres://u@h/d",
                        Map.of("DATABASE_URL", "postgres://x:y@other/z"), "h 5432 d u null {} --db"),
                Arguments.of("DATABASE_URL beats POSTGRES_* and PG*", null,
                        Map.of("DATABASE_URL", "postgresql+asyncpg://a:b@dbhost/x", "POSTGRES_HOST", "ph",
                                "PGHOST", "pgh"),
                        "dbhost 5432 x a b {} DATABASE_URL"),
                Arguments.of("POSTGRES_* beat PG*", null,
                        Map.of("POSTGRES_HOST", "ph", "POSTGRES_PASSWORD", "s", "PGHOST", "pgh", "PGUSER", "pgu"),
                        "ph 5432 postgres postgres s {} POSTGRES_* variables"),
                Arguments.of("every POSTGRES_* variable", null,
                        Map.of("POSTGRES_HOST", "ph", "POSTGRES_PORT", "6543", "POSTGRES_USER", "app",
                                "POSTGRES_PASSWORD", "s", "POSTGRES_DB", "appdb"),
                        "ph 6543 appdb app s {} POSTGRES_* variables"),
                Arguments.of("POSTGRES_DB alone", null, Map.of("POSTGRES_DB", "appdb"),
                        "localhost 5432 appdb postgres null {} POSTGRES_* variables"),
                Arguments.of("PG* with libpq defaults", null, Map.of("PGHOST", "pgh", "PGSSLMODE", "require"),
                        "pgh 5432 osuser osuser null {sslmode=require} PG* variables"),
                Arguments.of("PGDATABASE alone", null, Map.of("PGDATABASE", "d"),
                        "localhost 5432 d osuser null {} PG* variables"),
                Arguments.of("blank variables do not count", null,
                        Map.of("DATABASE_URL", " ", "POSTGRES_HOST", "", "PGUSER", "pu"),
                        "localhost 5432 pu pu null {} PG* variables"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("environments")
    void followsVariablePrecedence(String name, String db, Map<String, String> variables, String expected) {
        assertEquals(expected, describe(resolve(db, variables)));
    }

    @Test
    void embeddedIsATarget() {
        assertInstanceOf(DatabaseTarget.Embedded.class, resolve("embedded", Map.of()));
        assertInstanceOf(DatabaseTarget.Embedded.class, resolve(null, Map.of("DATABASE_URL", "EMBEDDED")));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("nothing set", null, Map.of(), "no database given; pass --db"),
                Arguments.of("another database", "mysql://u:p@h/db", Map.of(), "--db is not a PostgreSQL URL"),
                Arguments.of("a bare word", "prod", Map.of(), "--db is not a PostgreSQL URL"),
                Arguments.of("port out of range", "postgres://h:99999/db", Map.of(), "port '99999' is not a number"),
                Arguments.of("port not a number", "postgres://h:x/db", Map.of(), "port 'x' is not a number"),
                Arguments.of("several hosts", "postgres://h1,h2/db", Map.of(), "several hosts"),
                Arguments.of("parameter without value", "postgres://h/db?sslmode", Map.of(), "has no '=value'"),
                Arguments.of("bad DATABASE_URL", null, Map.of("DATABASE_URL", "http://x"), "DATABASE_URL is not"),
                Arguments.of("socket directory", null, Map.of("PGHOST", "/var/run/postgresql"), "Unix socket"),
                Arguments.of("bad PGPORT", null, Map.of("PGPORT", "abc"), "invalid PGPORT"),
                Arguments.of("bad POSTGRES_PORT", null, Map.of("POSTGRES_PORT", "0"), "invalid POSTGRES_PORT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void rejectsWithAOneLineHint(String name, String db, Map<String, String> variables, String fragment) {
        SchemaDiffException e = assertThrows(SchemaDiffException.class, () -> resolve(db, variables));
        assertEquals(ErrorCode.USAGE, e.code());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertTrue(e.getMessage().contains("; "), "says what to try: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void badPercentEncodingDoesNotEchoThePassword() {
        SchemaDiffException e = assertThrows(SchemaDiffException.class,
                () -> resolve("postgres://u:se%zzcret@h/db", Map.of()));
        assertTrue(e.getMessage().contains("bad percent-encoding"), e.getMessage());
        assertFalse(e.getMessage().contains("se%zzcret"), e.getMessage());
    }

    // --- .pgpass --------------------------------------------------------------------------------

    private Path pgpass(String content, String permissions) throws IOException {
        Path file = Files.writeString(home.resolve("passwords"), content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    static Stream<Arguments> pgpassLookups() {
        return Stream.of(
                Arguments.of("escaped colon and backslash", "postgres://u@h/app", "right:pw\\x"),
                Arguments.of("wildcard port", "postgres://u@h:7777/app", "any-port"),
                Arguments.of("first match wins", "postgres://u@other/app", "first"),
                Arguments.of("catch-all line", "postgres://v@elsewhere/db", "fallback"),
                Arguments.of("escaped star is a literal host", "postgres://u@*/literal", "literal-star"),
                Arguments.of("password in the URL wins", "postgres://u:given@h/app", "given"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pgpassLookups")
    void readsThePasswordFile(String name, String url, String expectedPassword) throws IOException {
        Path file = pgpass(String.join("\n",
                "# comment line:*:*:*:never",
                "h:5432:app:u:right\\:pw\\\\x",
                "h:*:app:u:any-port",
                "other:*:*:*:first",
                "other:*:*:*:second",
                "too:few:fields",
                "\\*:*:literal:*:literal-star",
                "*:*:*:*:fallback") + "\n", "rw-------");
        DatabaseTarget.Server server = (DatabaseTarget.Server) resolve(url, Map.of("PGPASSFILE", file.toString()));
        assertEquals(expectedPassword, server.password());
    }

    @Test
    void looksInHomeWithoutPgpassfile() throws IOException {
        Files.move(pgpass("h:5432:app:u:from-home\n", "rw-------"), home.resolve(".pgpass"));
        assertEquals("from-home", ((DatabaseTarget.Server) resolve("postgres://u@h/app", Map.of())).password());
    }

    @Test
    void passwordFileFeedsEnvironmentTargets() throws IOException {
        Path file = pgpass("ph:5432:postgres:postgres:docker\npgh:5432:me:me:libpq\n", "rw-------");
        assertEquals("docker", ((DatabaseTarget.Server) resolve(null,
                Map.of("POSTGRES_HOST", "ph", "PGPASSFILE", file.toString()))).password());
        assertEquals("libpq", ((DatabaseTarget.Server) resolve(null,
                Map.of("PGHOST", "pgh", "USER", "me", "PGPASSFILE", file.toString()))).password());
    }

    @Test
    void ignoresAPasswordFileOthersCanRead() throws IOException {
        Path file = pgpass("*:*:*:*:exposed\n", "rw-r--r--");
        List<String> warnings = new ArrayList<>();
        DatabaseTarget.Server server = (DatabaseTarget.Server) new TargetResolver(
                env(Map.of("PGPASSFILE", file.toString())), warnings::add).resolve("postgres://u@h/app");
        assertEquals(null, server.password());
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("group or world access"), warnings::toString);
    }

    // --- display and masking --------------------------------------------------------------------

    @Test
    void displayNeverShowsThePassword() {
        DatabaseTarget target = resolve("postgresql+asyncpg://app:S3cr%40t@db.example.com:6543/shop?ssl=require",
                Map.of());
        assertEquals("postgresql://app:***@db.example.com:6543/shop?sslmode=require", target.display());
        assertEquals("postgresql://app@db.example.com:5432/shop",
                resolve("postgres://app@db.example.com/shop", Map.of()).display());
    }

    static Stream<Arguments> maskings() {
        return Stream.of(
                Arguments.of("known password", "login as app with s3cr:t@x failed", "login as app with *** failed"),
                Arguments.of("known password, URL-encoded", "postgres://app:s3cr%3At%40x@h/db",
                        "postgres://app:***@h/db"),
                Arguments.of("unknown password in a URL", "bad URL postgres://u:other@h/db",
                        "bad URL postgres://u:***@h/db"),
                Arguments.of("password parameter", "jdbc:postgresql://h/db?user=u&password=zz&ssl=true",
                        "jdbc:postgresql://h/db?user=u&password=***&ssl=true"),
                Arguments.of("sslpassword parameter", "x?sslpassword=k3y", "x?sslpassword=***"),
                Arguments.of("no secret", "database \"app\" does not exist", "database \"app\" does not exist"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maskings")
    void masksPasswords(String name, String text, String expected) {
        Secrets secrets = new Secrets();
        secrets.add("s3cr:t@x");
        assertEquals(expected, secrets.mask(text));
    }
}
