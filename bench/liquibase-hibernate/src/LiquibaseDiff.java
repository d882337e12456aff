import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import liquibase.change.core.LoadDataChange;
import liquibase.command.CommandScope;
import liquibase.database.Database;
import liquibase.datatype.DataTypeFactory;
import liquibase.datatype.DataTypeInfo;
import liquibase.datatype.DatabaseDataType;
import liquibase.datatype.LiquibaseDataType;

/**
 * The liquibase-hibernate peer, compiled and run by bench/run.sh against bench/target/liquibase-lib
 * only (Liquibase 5.x is FSL-licensed; nothing shipped links it). Runs Liquibase's {@code diff} of the
 * Hibernate model (a persistence unit on the classpath) against the database, REPEATS times in one JVM,
 * prints one line per run: {@code run <i> <millis> <report characters>}, and writes the last run's report
 * to REPORT_FILE, to check that it found the drift.
 *
 * <p>Liquibase knows no {@code jsonb} type, and liquibase-hibernate then fails with a
 * NullPointerException on every JSON attribute (liquibase/liquibase-hibernate#685, open); registering
 * the type as a pass-through name is the smallest workaround that lets it diff the model at all.
 *
 * <pre>java -cp liquibase-lib/*:CLASSES:UNIT_DIR:. LiquibaseDiff JDBC_URL REFERENCE_URL REPEATS REPORT_FILE</pre>
 */
public final class LiquibaseDiff {
    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        String url = args[0];
        String referenceUrl = args[1];
        int repeats = Integer.parseInt(args[2]);
        Path reportFile = Path.of(args[3]);
        DataTypeFactory.getInstance().register(new JsonbType());
        for (int run = 1; run <= repeats; run++) {
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            long start = System.nanoTime();
            new CommandScope("diff")
                    .addArgumentValue("url", url)
                    .addArgumentValue("referenceUrl", referenceUrl)
                    .setOutput(report)
                    .execute();
            System.out.printf("run %d %.1f %d%n", run, (System.nanoTime() - start) / 1e6, report.size());
            Files.write(reportFile, report.toByteArray());
        }
    }

    /** {@code jsonb} rendered as itself, so Liquibase no longer treats it as an unknown type. */
    @DataTypeInfo(name = "jsonb", minParameters = 0, maxParameters = 0, priority = LiquibaseDataType.PRIORITY_DEFAULT)
    public static final class JsonbType extends LiquibaseDataType {
        @Override
        public DatabaseDataType toDatabaseDataType(Database database) {
            return new DatabaseDataType("jsonb");
        }

        @Override
        public LoadDataChange.LOAD_DATA_TYPE getLoadTypeName() {
            return LoadDataChange.LOAD_DATA_TYPE.STRING;
        }
    }
}
