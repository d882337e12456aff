package dev.schemadiff.reader.ddl;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The relation and constraint names taken in one PostgreSQL schema as the create script runs, so an
 * unnamed constraint gets the name PostgreSQL would choose for it, collisions included: when
 * {@code name1_name2_label} is taken, PostgreSQL tries {@code label1}, {@code label2}, ...
 */
public final class PgNamespaceNames {
    private final Set<String> relations = new HashSet<>();
    private final Set<String> constraints = new HashSet<>();

    /** Records a table, sequence or index created under an explicit name. */
    public void takeRelation(String name) {
        relations.add(name);
    }

    /** Records a constraint created under an explicit name. */
    public void takeConstraint(String name) {
        constraints.add(name);
    }

    /**
     * {@code ChooseRelationName} for the index behind a primary key or unique constraint: it must be
     * free both as a relation and as a constraint name, and is taken as both.
     */
    public String chooseIndexConstraintName(String table, String columnsPart, String label) {
        String name = choose(table, columnsPart, label,
                candidate -> relations.contains(candidate) || constraints.contains(candidate));
        relations.add(name);
        constraints.add(name);
        return name;
    }

    /**
     * {@code ChooseConstraintName} for a check constraint: free among the schema's constraints and the
     * names the same statement already chose ({@code chosenInStatement}).
     */
    public String chooseCheckName(String table, String column, Collection<String> chosenInStatement) {
        String name = choose(table, column, "check",
                candidate -> constraints.contains(candidate) || chosenInStatement.contains(candidate));
        constraints.add(name);
        return name;
    }

    /**
     * {@code ChooseRelationName} for the sequence behind an identity or {@code serial} column, taken as
     * a relation.
     */
    public String chooseSequenceName(String table, String column) {
        String name = choose(table, column, "seq", relations::contains);
        relations.add(name);
        return name;
    }

    private static String choose(String name1, String name2, String label, Predicate<String> taken) {
        String candidate = PgIdentifiers.makeObjectName(name1, name2, label);
        for (int pass = 1; taken.test(candidate); pass++) {
            candidate = PgIdentifiers.makeObjectName(name1, name2, label + pass);
        }
        return candidate;
    }
}
