package dev.schemadiff.reader.hibernate;

import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.mapping.AggregateColumn;

/**
 * The check constraints of one table, in the order PostgreSQL meets them in Hibernate's
 * {@code create table}, with PostgreSQL's names for the unnamed ones.
 */
final class CheckTranslator {
    private final org.hibernate.mapping.Table table;
    private final QualifiedName tableName;
    private final Set<String> columnNames;
    private final PgNamespaceNames names;
    private final AggregateCheckWriter aggregateChecks;

    CheckTranslator(org.hibernate.mapping.Table table, QualifiedName tableName, List<Column> columns,
                    PgNamespaceNames names, AggregateCheckWriter aggregateChecks) {
        this.table = table;
        this.tableName = tableName;
        this.columnNames = columns.stream().map(Column::name).collect(Collectors.toSet());
        this.names = names;
        this.aggregateChecks = aggregateChecks;
    }

    /** A check as Hibernate writes it: {@code name} is {@code null} when Hibernate leaves it unnamed. */
    private record WrittenCheck(String name, String expression) {
    }

    /** The checks in written order; unnamed ones take the next free PostgreSQL name. */
    List<CheckConstraint> checks() {
        List<String> chosenInStatement = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (WrittenCheck written : writtenChecks()) {
            String name;
            if (written.name() == null) {
                name = names.chooseCheckName(tableName.name(), onlyColumnIn(written.expression()), chosenInStatement);
            } else {
                name = PgIdentifiers.raw(written.name());
                names.takeConstraint(name);
            }
            chosenInStatement.add(name);
            checks.add(new CheckConstraint(name, written.expression()));
        }
        return checks;
    }

    /**
     * Mirrors {@code ColumnDefinitions.appendConstraints} and {@code StandardTableExporter.applyTableCheck}:
     * per column, the anonymous checks joined into one inline check, or else the first named one;
     * then every other named column check; then the table's own checks; then the checks on the parts
     * of embeddables mapped as one JSON or XML column.
     */
    private List<WrittenCheck> writtenChecks() {
        List<WrittenCheck> inline = new ArrayList<>();
        List<WrittenCheck> hoisted = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            List<org.hibernate.mapping.CheckConstraint> anonymous = column.getCheckConstraints().stream()
                    .filter(org.hibernate.mapping.CheckConstraint::isAnonymous).toList();
            boolean firstNamedInline = anonymous.isEmpty();
            if (!anonymous.isEmpty()) {
                inline.add(new WrittenCheck(null, anonymous.stream()
                        .map(org.hibernate.mapping.CheckConstraint::getConstraintInParens)
                        .collect(Collectors.joining(" and "))));
            }
            for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
                if (check.isNamed()) {
                    (firstNamedInline ? inline : hoisted).add(new WrittenCheck(check.getName(), check.getConstraint()));
                    firstNamedInline = false;
                }
            }
        }
        for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
            hoisted.add(new WrittenCheck(check.isNamed() ? check.getName() : null, check.getConstraint()));
        }
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            if (column instanceof AggregateColumn aggregate) {
                aggregateChecks.check(aggregate).ifPresent(check -> hoisted.add(new WrittenCheck(null, check)));
            }
        }
        List<WrittenCheck> all = new ArrayList<>(inline);
        all.addAll(hoisted);
        return all;
    }

    /**
     * PostgreSQL names an unnamed check {@code <table>_<column>_check} when its expression uses
     * exactly one column, {@code <table>_check} otherwise. This finds the columns by scanning the
     * expression for identifiers that name a column of the table, outside string literals and function
     * names: PostgreSQL's own answer comes from the parsed expression, which only the server has.
     */
    private String onlyColumnIn(String expression) {
        Set<String> used = new LinkedHashSet<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '\'') {
                i = endOfQuoted(expression, i, '\'');
            } else if (c == '"') {
                int end = endOfQuoted(expression, i, '"');
                addIfColumn(used, expression.substring(i + 1, end - 1).replace("\"\"", "\""), expression, end);
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < expression.length() && isIdentifierPart(expression.charAt(end))) {
                    end++;
                }
                addIfColumn(used, PgIdentifiers.fold(expression.substring(i, end)), expression, end);
                i = end;
            } else if (Character.isDigit(c)) {
                while (i < expression.length() && isIdentifierPart(expression.charAt(i))) {
                    i++; // a number, possibly 1e5: never a column
                }
            } else {
                i++;
            }
        }
        return used.size() == 1 ? used.iterator().next() : null;
    }

    private void addIfColumn(Set<String> used, String identifier, String expression, int end) {
        int next = end;
        while (next < expression.length() && Character.isWhitespace(expression.charAt(next))) {
            next++;
        }
        boolean isFunctionCall = next < expression.length() && expression.charAt(next) == '(';
        if (!isFunctionCall && columnNames.contains(identifier)) {
            used.add(identifier);
        }
    }

    /** The index just past the closing quote of the quoted text starting at {@code start}. */
    private static int endOfQuoted(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2; // doubled quote inside
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
