package dev.schemadiff.reader.source;

import dev.schemadiff.reader.ddl.DdlIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringTokenizer;
import org.hibernate.boot.model.naming.Identifier;

/**
 * The unique constraints and indexes a table annotation declares ({@code @Table}, {@code @SecondaryTable},
 * {@code @JoinTable}, {@code @CollectionTable}), as Hibernate's {@code IndexBinder} makes them: column names
 * as written, through the physical naming strategy; a unique index becomes a unique constraint.
 */
final class TableConstraints {
    private TableConstraints() {
    }

    /** {@code uniqueConstraints} then {@code indexes} of {@code annotation}. */
    static void uniqueAndIndexes(BindingContext context, BoundTable table, Annotation annotation) {
        uniqueConstraints(context, table, annotation);
        indexes(context, table, annotation);
    }

    static void uniqueConstraints(BindingContext context, BoundTable table, Annotation annotation) {
        for (Annotation unique : annotation.annotations("uniqueConstraints")) {
            List<Identifier> columns = unique.strings("columnNames").stream()
                    .map(name -> physical(context, name)).toList();
            addUnique(context, table, unique.string("name"), columns, logical(context, unique.strings("columnNames")));
        }
    }

    static void indexes(BindingContext context, BoundTable table, Annotation annotation) {
        for (Annotation index : annotation.annotations("indexes")) {
            List<String> expressions = new ArrayList<>();
            List<Boolean> descending = new ArrayList<>();
            StringTokenizer tokens = new StringTokenizer(index.string("columnList"), ",");
            while (tokens.hasMoreTokens()) {
                String part = tokens.nextToken().trim();
                if (part.isEmpty()) {
                    continue;
                }
                String lower = part.toLowerCase(Locale.ROOT);
                boolean desc = lower.endsWith(" desc");
                expressions.add(desc ? part.substring(0, part.length() - 5)
                        : lower.endsWith(" asc") ? part.substring(0, part.length() - 4) : part);
                descending.add(desc);
            }
            String name = index.string("name");
            boolean formula = expressions.stream().anyMatch(expression -> expression.startsWith("("));
            List<Identifier> logical = logical(context, expressions);
            if (index.bool("unique") && !formula) {
                addUnique(context, table, name, expressions.stream().map(expression -> physical(context, expression)).toList(),
                        logical);
                continue;
            }
            String keyName = name.isEmpty() ? context.naming.indexName(table.name, logical)
                    : Naming.render(Identifier.toIdentifier(name));
            List<DdlIndex.Part> parts = new ArrayList<>();
            for (int i = 0; i < expressions.size(); i++) {
                String expression = expressions.get(i);
                parts.add(expression.startsWith("(") ? DdlIndex.Part.expression(expression, descending.get(i))
                        : DdlIndex.Part.column(Naming.raw(physical(context, expression)), descending.get(i)));
            }
            table.indexes.putIfAbsent(keyName, new BoundTable.IndexKey(keyName, index.bool("unique"), parts));
        }
    }

    private static void addUnique(BindingContext context, BoundTable table, String name, List<Identifier> columns,
                                  List<Identifier> logical) {
        // the key of an unnamed constraint is Hibernate's hashed name: the same columns make the same key
        String key = name.isEmpty() ? "UK" + context.naming.indexName(table.name, logical) : name;
        table.uniqueKeys.putIfAbsent(key, new BoundTable.UniqueKey(
                name.isEmpty() ? null : Naming.render(Identifier.toIdentifier(name)), columns));
    }

    private static Identifier physical(BindingContext context, String logicalName) {
        return context.naming.physicalColumn(context.naming.identifier(logicalName.strip()));
    }

    private static List<Identifier> logical(BindingContext context, List<String> names) {
        return names.stream().map(name -> context.naming.identifier(name.strip())).toList();
    }
}
