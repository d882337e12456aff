package dev.schemadiff.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.spring.DatabaseDriftException;
import dev.schemadiff.spring.SchemaDiffFailureAnalyzer;
import dev.schemadiff.testkit.PostgresExtension;
import dev.schemadiff.testkit.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Boots the sample against a fresh embedded database in each {@code schemadiff.mode}. The release adds
 * {@code customer.loyalty_tier} (V2); each case starts from a database without it, or with it added by hand.
 * Hibernate runs with {@code ddl-auto=validate} wherever the app must start: had schemadiff not run
 * before JPA, Hibernate's own check of the missing column would stop start-up.
 */
@ExtendWith(PostgresExtension.class)
class StartupModesTest {
    private static final String TIER_COLUMN_COUNT = "SELECT count(*) FROM information_schema.columns"
            + " WHERE table_name = 'customer' AND column_name = 'loyalty_tier'";

    @Test
    void validateWithFailOnDriftStopsStartUpWithOneLine(TestDatabase database) {
        database.execute(migration("V1__customers_and_orders.sql"));

        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> boot(database, "schemadiff.mode=validate", "schemadiff.fail-on=drift", "spring.flyway.enabled=false"));

        FailureAnalysis analysis = new SchemaDiffFailureAnalyzer().analyze(failure);
        assertInstanceOf(DatabaseDriftException.class, analysis.getCause());
        assertEquals(1, analysis.getDescription().lines().count(), analysis.getDescription());
        assertTrue(analysis.getDescription().contains("ALTER TABLE public.customer ADD COLUMN IF NOT EXISTS loyalty_tier"), analysis.getDescription());
        assertTrue(analysis.getAction().contains("schemadiff.mode=apply"), analysis.getAction());
        assertEquals("0", database.queryValue(TIER_COLUMN_COUNT));
    }

    @Test
    void validateWithoutFailOnDriftLogsEachDifferenceAndStarts(TestDatabase database) {
        database.execute(migration("V1__customers_and_orders.sql"));

        try (ConfigurableApplicationContext context = boot(database, "schemadiff.mode=validate",
                "schemadiff.fail-on=error", "spring.flyway.enabled=false", "spring.jpa.hibernate.ddl-auto=none")) {
            assertEquals(List.of("schemadiff: missing, apply would run: ALTER TABLE public.customer ADD COLUMN IF NOT EXISTS"
                    + " loyalty_tier character varying(20);"), schemadiffLines(logged));
        }
    }

    @Test
    void planLogsTheStatementsAndChangesNothing(TestDatabase database) {
        database.execute(migration("V1__customers_and_orders.sql"));

        try (ConfigurableApplicationContext context = boot(database, "schemadiff.mode=plan",
                "spring.flyway.enabled=false", "spring.jpa.hibernate.ddl-auto=none")) {
            assertEquals(List.of("schemadiff: plan: ALTER TABLE public.customer ADD COLUMN IF NOT EXISTS loyalty_tier"
                    + " character varying(20);"), schemadiffLines(logged));
        }
        assertEquals("0", database.queryValue(TIER_COLUMN_COUNT));
    }

    @Test
    void applyReconcilesBeforeJpaStartsThenTheAppServesTheNewColumn(TestDatabase database) {
        database.execute(migration("V1__customers_and_orders.sql"));

        try (ConfigurableApplicationContext context = boot(database, "schemadiff.mode=apply",
                "spring.flyway.enabled=false", "spring.jpa.hibernate.ddl-auto=validate")) {
            CustomerRepository customers = context.getBean(CustomerRepository.class);
            customers.save(new Customer("Ada Lovelace", "gold"));
            assertEquals(List.of("Ada Lovelace"),
                    customers.findByLoyaltyTier("gold").stream().map(Customer::getFullName).toList());
        }
        assertEquals(List.of("schemadiff: applied: ALTER TABLE public.customer ADD COLUMN IF NOT EXISTS"
                + " loyalty_tier character varying(20);"), schemadiffLines(logged));
    }

    @Test
    void recoverLetsTheAppsFlywayCarryOnAfterAHotfix(TestDatabase database) throws SQLException {
        Flyway.configure().dataSource(database.jdbcUrl(), null, null).locations("classpath:db/migration")
                .target("1").load().migrate();
        // the hotfix: V2's column added by hand before the release
        database.execute(migration("V2__customer_loyalty_tier.sql"));

        RuntimeException withoutSchemadiff = assertThrows(RuntimeException.class,
                () -> boot(database, "schemadiff.mode=off"));
        assertTrue(sqlStates(withoutSchemadiff).contains("42701"), "Flyway collides: column already exists");

        // the replay runs in a throwaway database on the test server, not in a second, embedded one
        String scratch = database.jdbcUrl().replace("/" + database.name(), "/postgres");
        try (ConfigurableApplicationContext context = boot(database, "schemadiff.mode=recover",
                "schemadiff.scratch-url=" + scratch, "spring.jpa.hibernate.ddl-auto=validate")) {
            assertEquals(0, context.getBean(CustomerRepository.class).count());
        }
        assertEquals("true", database.queryValue("SELECT success::text FROM flyway_schema_history WHERE version = '2'"));
        assertTrue(schemadiffLines(logged).contains("schemadiff: recorded as applied: 2"), logged);
    }

    /** What the application logged to the console since the test began (Boot logs there by default). */
    private String logged = "";

    private ConfigurableApplicationContext boot(TestDatabase database, String... properties) {
        PrintStream console = System.out;
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        // Logback's console appender writes to whatever System.out is at the time: tee it for this boot
        System.setOut(new PrintStream(new TeeOutputStream(console, copy), true, StandardCharsets.UTF_8));
        try {
            return start(database, properties);
        } finally {
            System.setOut(console);
            logged += copy.toString(StandardCharsets.UTF_8);
        }
    }

    private static ConfigurableApplicationContext start(TestDatabase database, String... properties) {
        // as command-line arguments: they override application.properties, as in production
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.main.banner-mode=off", "--schemadiff.fail-on=error"));
        List.of(properties).forEach(property -> arguments.add("--" + property));
        return new SpringApplicationBuilder(ShopApplication.class).run(arguments.toArray(String[]::new));
    }

    /** The lines schemadiff logged, without the log pattern's time, level and logger. */
    private static List<String> schemadiffLines(String logged) {
        return logged.lines().filter(line -> line.contains(" schemadiff: "))
                .map(line -> line.substring(line.indexOf("schemadiff: ")))
                .filter(line -> line.startsWith("schemadiff: plan:") || line.startsWith("schemadiff: missing")
                        || line.startsWith("schemadiff: applied:") || line.startsWith("schemadiff: recorded"))
                .toList();
    }

    private static List<String> sqlStates(Throwable failure) {
        List<String> states = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                states.add(sql.getSQLState());
            }
        }
        return states;
    }

    private static String migration(String name) {
        try (InputStream in = StartupModesTest.class.getResourceAsStream("/db/migration/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final class TeeOutputStream extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        TeeOutputStream(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }
}
