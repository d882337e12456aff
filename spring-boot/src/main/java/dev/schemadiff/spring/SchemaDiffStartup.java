package dev.schemadiff.spring;

import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.api.ApplyReport;
import dev.schemadiff.api.ModelSource;
import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.api.PlanResult;
import dev.schemadiff.api.SchemaDiff;
import dev.schemadiff.emit.PlannedStatement;
import dev.schemadiff.history.MigrationHistory;
import dev.schemadiff.history.MigrationSource;
import dev.schemadiff.history.RecoverReport;
import dev.schemadiff.history.RecoveryOptions;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.change.Finding;
import dev.schemadiff.spring.SchemaDiffProperties.FailOn;
import dev.schemadiff.spring.SchemaDiffProperties.Mode;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;

/**
 * Runs the configured {@link Mode} once, while the application context starts and before any Flyway,
 * Liquibase or JPA bean is created (see {@link SchemaDiffDatabaseInitializerDetector}). Logs one line per
 * change; throws, and so stops start-up, only for the outcomes listed in {@code schemadiff.fail-on}.
 */
public final class SchemaDiffStartup implements InitializingBean {
    private static final Log LOG = LogFactory.getLog(SchemaDiffStartup.class);

    private final DataSource dataSource;
    private final SchemaDiffProperties properties;
    private final Supplier<ModelSource.LoadedClasses> entities;
    private final Environment environment;

    /**
     * @param entities the application's managed classes, named as its Hibernate names them; asked for
     *                 only when the mode needs them
     */
    public SchemaDiffStartup(DataSource dataSource, SchemaDiffProperties properties,
                             Supplier<ModelSource.LoadedClasses> entities, Environment environment) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.entities = entities;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        if (properties.mode() == Mode.OFF) {
            return;
        }
        try {
            run();
        } catch (SchemaDiffException e) {
            if (properties.failOn().contains(FailOn.ERROR)) {
                throw e;
            }
            LOG.error("schemadiff: " + properties.mode().name().toLowerCase() + " failed, start-up goes on"
                    + " (schemadiff.fail-on has no 'error'): " + e.getMessage());
        }
    }

    private void run() {
        PlanOptions options = new PlanOptions(properties.schemas(), Map.of(), properties.lockTimeout(),
                java.time.Duration.ZERO, properties.lockRetries());
        ExpectedSchema expected = SchemaDiff.readModel(entities.get(), options);
        expected.warnings().forEach(warning -> LOG.warn("schemadiff: " + warning));
        switch (properties.mode()) {
            case VALIDATE, PLAN -> report(SchemaDiff.plan(dataSource, expected, options));
            case APPLY -> applied(SchemaDiff.apply(dataSource, expected, options));
            case RECOVER -> recover(expected, options);
            case OFF -> throw new IllegalStateException("OFF returns before reading the entities");
        }
    }

    private void report(PlanResult result) {
        boolean validate = properties.mode() == Mode.VALIDATE;
        List<PlannedStatement> statements = result.plan().statements();
        List<Finding> findings = result.plan().findings();
        if (statements.isEmpty() && findings.isEmpty()) {
            LOG.info("schemadiff: the database matches the entities");
            return;
        }
        for (PlannedStatement statement : statements) {
            String line = "schemadiff: " + (validate ? "missing, apply would run: " : "plan: ") + statement.sql() + ";";
            if (validate) {
                LOG.warn(line);
            } else {
                LOG.info(line);
            }
        }
        findings.forEach(finding -> LOG.warn("schemadiff: " + describe(finding)));
        if (!statements.isEmpty() && properties.failOn().contains(FailOn.DRIFT)) {
            throw new DatabaseDriftException(statements.size(), statements.get(0).sql());
        }
    }

    private static void applied(ApplyReport report) {
        if (!report.changed()) {
            LOG.info("schemadiff: the database matches the entities; nothing to apply");
            return;
        }
        report.executed().plan().statements().forEach(statement -> LOG.info("schemadiff: applied: " + statement.sql() + ";"));
        report.notValidated().forEach(left -> LOG.warn("schemadiff: constraint " + left.constraint() + " on "
                + left.table() + " left NOT VALID: " + left.violatingRows() + " existing rows violate it"));
    }

    private void recover(ExpectedSchema expected, PlanOptions options) {
        if (properties.migrations() != null && !properties.migrations().isBlank()) {
            recover(MigrationSource.parse(properties.migrations()), expected, options);
            return;
        }
        try (FlywayLocations copies = FlywayLocations.copy(environment, getClass().getClassLoader())) {
            recover(new MigrationSource.Flyway(copies.directory()), expected, options);
        }
    }

    private void recover(MigrationSource source, ExpectedSchema expected, PlanOptions options) {
        RecoveryOptions recovery = RecoveryOptions.of(source).withPlan(options).withEntities(expected)
                .withProgress(line -> LOG.info("schemadiff: " + line));
        if (properties.scratchUrl() != null && !properties.scratchUrl().isBlank()) {
            recovery = recovery.withScratch(ScratchServers.at(properties.scratchUrl(),
                    environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password")));
        }
        RecoverReport report = MigrationHistory.recover(dataSource, recovery);
        if (report.nothingToDo()) {
            LOG.info("schemadiff: the " + source.toolName() + " history is in step with the database; nothing to recover");
            return;
        }
        if (report.reconcile() != null) {
            report.reconcile().plan().statements().forEach(statement -> LOG.info("schemadiff: applied: " + statement.sql() + ";"));
        }
        report.stamped().forEach(stamped -> LOG.info("schemadiff: recorded as applied: " + stamped.version()));
        report.migrated().forEach(version -> LOG.info("schemadiff: " + source.toolName() + " ran: " + version));
    }

    private static String describe(Finding finding) {
        String where = finding.column() == null ? finding.table().toString() : finding.table() + "." + finding.column();
        return finding.kind().name().toLowerCase().replace('_', ' ') + ": " + where
                + (finding.expected() == null ? "" : ", entities want " + finding.expected())
                + (finding.actual() == null ? "" : ", database has " + finding.actual()) + " (not changed)";
    }
}
