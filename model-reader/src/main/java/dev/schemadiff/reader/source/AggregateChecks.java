package dev.schemadiff.reader.source;

import java.util.Optional;

/**
 * The check Hibernate's {@code StandardTableExporter.applyAggregateColumnCheck} writes for an embeddable
 * stored as one JSON column: each part that may not be null must be present, and each part's own check
 * holds, read through PostgreSQL's JSON operators.
 */
final class AggregateChecks {
    private final PropertyBinder properties;
    private final BasicColumns columns;

    AggregateChecks(PropertyBinder properties, BasicColumns columns) {
        this.properties = properties;
        this.columns = columns;
    }

    /** The check for {@code aggregate}, or empty when every part may be null and has no check. */
    Optional<String> check(BoundColumn aggregate, DeclaredType embeddable, Holder holder, Attributes.Attribute attribute) {
        String aggregateName = Naming.render(aggregate.name);
        Holder parts = holder.component(attribute.name(), PropertyBinder.overrides(holder.pathOf(attribute.name()), attribute));
        StringBuilder check = new StringBuilder();
        String separator = "";
        for (Attributes.Attribute part : properties.componentAttributes(embeddable, holder, attribute.type())) {
            if (part.has(Jpa.EMBEDDED) || part.has(Jpa.MANY_TO_ONE) || part.has(Jpa.ONE_TO_ONE)
                    || properties.context().types.find(part.type().name()).map(type -> type.has(Jpa.EMBEDDABLE)).orElse(false)) {
                continue; // nested embeddables are JSON objects of their own; Hibernate checks none of their parts
            }
            Optional<BasicColumns.Typed> typed = columns.type(part, part.type(), parts);
            if (typed.isEmpty()) {
                continue;
            }
            Optional<Annotation> columnAnnotation = BasicColumns.columnAnnotation(parts, part);
            boolean nullable = columnAnnotation.map(column -> column.bool("nullable"))
                    .orElse(BasicColumns.isOptional(part, parts));
            String name = Naming.render(properties.context().naming.physicalColumn(columnAnnotation
                    .flatMap(column -> column.text("name")).map(properties.context().naming::identifier)
                    .orElseGet(() -> properties.context().naming.identifier(part.name()))));
            // the JSON key is the part's column name as rendered, quotes and all (getQuotedName)
            String expression = read(aggregateName, name, typed.get().type().ddl());
            if (!nullable) {
                check.append(separator).append(expression).append(" is not null");
                separator = " and ";
            }
            for (var partCheck : typed.get().checks()) {
                String condition = partCheck.apply(name).replace(name, expression);
                if (nullable) {
                    check.append(separator).append('(').append(expression).append(" is null");
                    separator = " or ";
                }
                check.append(separator).append(condition);
                if (nullable) {
                    check.append(')');
                }
                separator = " and ";
            }
        }
        if (check.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(aggregate.nullable ? aggregateName + " is null or (" + check + ")" : check.toString());
    }

    /** {@code PostgreSQLAggregateSupport.aggregateComponentCustomReadExpression} for one part. */
    private static String read(String aggregate, String part, String type) {
        return switch (type) {
            case "jsonb" -> aggregate + "->'" + part + "'";
            case "bytea" -> "decode(" + aggregate + "->>'" + part + "','hex')";
            default -> "cast(" + aggregate + "->>'" + part + "' as " + type + ")";
        };
    }
}
