package dev.schemadiff.reader.hibernate;

import java.util.Optional;
import java.util.Set;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.AggregateColumn;
import org.hibernate.mapping.BasicValue;
import org.hibernate.tool.schema.internal.StandardTableExporter;
import org.hibernate.type.SqlTypes;

/**
 * The check Hibernate adds to a table for an embeddable mapped as one JSON or XML column whose parts
 * are required, in Hibernate's own words: its {@code StandardTableExporter} writes the text, reached
 * through the protected method it offers to dialect-specific exporters.
 */
final class AggregateCheckWriter extends StandardTableExporter {
    private static final String CHECK_PREFIX = ", check (";
    /** Aggregates of these kinds are skipped by {@code StandardTableExporter.applyTableCheck}. */
    private static final Set<Integer> ARRAY_TYPE_CODES = Set.of(SqlTypes.STRUCT_ARRAY, SqlTypes.STRUCT_TABLE,
            SqlTypes.JSON_ARRAY, SqlTypes.XML_ARRAY, SqlTypes.ARRAY);

    AggregateCheckWriter(Dialect dialect) {
        super(dialect);
    }

    /** The check expression for {@code column}, or empty when Hibernate writes none. */
    Optional<String> check(AggregateColumn column) {
        int typeCode = ((BasicValue) column.getValue()).getResolution().getJdbcType().getDefaultSqlTypeCode();
        if (!dialect.supportsTableCheck() || !dialect.getAggregateSupport().supportsComponentCheckConstraints()
                || ARRAY_TYPE_CODES.contains(typeCode)) {
            return Optional.empty();
        }
        StringBuilder written = new StringBuilder();
        applyAggregateColumnCheck(written, column);
        return written.isEmpty()
                ? Optional.empty()
                : Optional.of(written.substring(CHECK_PREFIX.length(), written.length() - 1));
    }
}
