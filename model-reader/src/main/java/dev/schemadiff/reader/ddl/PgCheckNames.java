package dev.schemadiff.reader.ddl;

import dev.schemadiff.schema.CheckConstraint;
import dev.schemadiff.schema.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The names PostgreSQL gives the checks of one {@code create table}, in the order it meets them. */
final class PgCheckNames {
    private final QualifiedName table;
    private final Set<String> columnNames;
    private final PgNamespaceNames names;

    PgCheckNames(QualifiedName table, Set<String> columnNames, PgNamespaceNames names) {
        this.table = table;
        this.columnNames = columnNames;
        this.names = names;
    }

    /** The checks in written order; unnamed ones take the next free PostgreSQL name. */
    List<CheckConstraint> name(List<DdlCheck> written) {
        List<String> chosenInStatement = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (DdlCheck check : written) {
            String name;
            if (check.name() == null) {
                name = names.chooseCheckName(table.name(), onlyColumnIn(check.expression()), chosenInStatement);
            } else {
                name = check.name();
                names.takeConstraint(name);
            }
            chosenInStatement.add(name);
            checks.add(new CheckConstraint(name, check.expression()));
        }
        return checks;
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
