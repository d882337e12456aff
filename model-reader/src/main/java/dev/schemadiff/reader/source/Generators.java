package dev.schemadiff.reader.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.boot.model.naming.Identifier;

/**
 * Identifier generation as it shows in the schema: an identity column, a sequence (named by
 * {@code @SequenceGenerator}, by the generator name, or {@code <table>_SEQ} as Hibernate's
 * {@code StandardNamingStrategy} names it), or a generator table.
 */
final class Generators {
    private static final String DEFAULT_GENERATOR_TABLE = "hibernate_sequences";

    private final BindingContext context;
    /** Generator definitions by annotation type and name, from every managed class and member: names are global. */
    private final Map<String, Map<String, Annotation>> global = new HashMap<>();

    Generators(BindingContext context, List<DeclaredType> managed) {
        this.context = context;
        for (DeclaredType declared : managed) {
            register(declared.annotations());
            declared.fields().forEach(field -> register(field.annotations()));
        }
    }

    private void register(List<Annotation> annotations) {
        for (String[] kind : new String[][] {{Jpa.SEQUENCE_GENERATOR, Jpa.SEQUENCE_GENERATORS},
                {Jpa.TABLE_GENERATOR, Jpa.TABLE_GENERATORS}}) {
            for (Annotation definition : PropertyBinder.repeated(annotations, kind[0], kind[1])) {
                global.computeIfAbsent(kind[0], ignored -> new HashMap<>())
                        .putIfAbsent(definition.string("name"), definition);
            }
        }
    }

    /** Applies {@code @GeneratedValue} of {@code id} (bound to {@code column}) of the root {@code entity}. */
    void apply(EntityMapping entity, Attributes.Attribute id, BoundColumn column) {
        Optional<Annotation> generatedValue = id.annotation(Jpa.GENERATED_VALUE);
        if (generatedValue.isEmpty() || id.has(Jpa.UUID_GENERATOR)) {
            return;
        }
        String strategy = generatedValue.get().enumName("strategy");
        String generator = generatedValue.get().string("generator");
        Optional<Annotation> sequenceGenerator = definition(entity, id, generator, Jpa.SEQUENCE_GENERATOR,
                Jpa.SEQUENCE_GENERATORS);
        Optional<Annotation> tableGenerator = definition(entity, id, generator, Jpa.TABLE_GENERATOR, Jpa.TABLE_GENERATORS);
        if (strategy.equals("IDENTITY")) {
            column.identity = true;
        } else if (strategy.equals("UUID") || strategy.equals("AUTO") && isUuid(id.type())) {
            return;
        } else if (strategy.equals("TABLE") || tableGenerator.isPresent() && sequenceGenerator.isEmpty()) {
            table(tableGenerator, generator);
        } else {
            sequence(entity, sequenceGenerator, generator);
        }
    }

    private static boolean isUuid(TypeRef type) {
        return type.is("java.util.UUID");
    }

    private void sequence(EntityMapping entity, Optional<Annotation> definition, String generator) {
        String name;
        Identifier schema = null;
        long start = 1;
        long increment = 50;
        if (definition.isPresent()) {
            name = definition.get().text("sequenceName").orElse(definition.get().string("name"));
            schema = definition.get().text("schema").map(context.naming::identifier).orElse(null);
            start = definition.get().longValue("initialValue");
            increment = definition.get().longValue("allocationSize");
        } else if (!generator.isEmpty()) {
            name = generator;
        } else {
            name = entity.table.name.getText() + "_SEQ";
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            schema = context.naming.identifier(name.substring(0, dot));
            name = name.substring(dot + 1);
        }
        context.sequence(schema, context.naming.identifier(name), start, increment);
    }

    /** A generator table: one row per generator, a name and a next value. */
    private void table(Optional<Annotation> definition, String generator) {
        String name = definition.flatMap(table -> table.text("table"))
                .orElse(generator.isEmpty() ? DEFAULT_GENERATOR_TABLE : generator);
        Identifier schema = definition.flatMap(table -> table.text("schema")).map(context.naming::identifier).orElse(null);
        BoundTable table = context.table(schema, context.naming.identifier(name), null);
        BoundColumn key = new BoundColumn(context.naming.physicalColumn(context.naming.identifier(
                definition.flatMap(table1 -> table1.text("pkColumnName")).orElse("sequence_name"))));
        key.typeFrom(new ColumnTypes.SqlType("varchar(255)", ColumnTypes.Category.STRING));
        key.nullable = false;
        BoundColumn value = new BoundColumn(context.naming.physicalColumn(context.naming.identifier(
                definition.flatMap(table1 -> table1.text("valueColumnName")).orElse("next_val"))));
        value.typeFrom(new ColumnTypes.SqlType("bigint", ColumnTypes.Category.INTEGER));
        table.add(key);
        table.add(value);
        table.primaryKey(List.of(key));
        definition.ifPresent(annotation -> TableConstraints.uniqueAndIndexes(context, table, annotation));
    }

    /**
     * The generator annotation named {@code name}: on the id, its entity and mapped superclasses, then on
     * any managed class or member, as generator names are global.
     */
    private Optional<Annotation> definition(EntityMapping entity, Attributes.Attribute id, String name, String type,
                                            String container) {
        List<List<Annotation>> scopes = new ArrayList<>();
        scopes.add(id.member().annotations());
        for (DeclaredType declared : Attributes.hierarchy(entity.type, context.types)) {
            scopes.add(declared.annotations());
        }
        for (List<Annotation> scope : scopes) {
            Optional<Annotation> found = named(PropertyBinder.repeated(scope, type, container), name);
            if (found.isPresent()) {
                return found;
            }
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(global.getOrDefault(type, Map.of()).get(name));
    }

    /** The definition named {@code name}; a nameless generator name matches a definition alone in its scope. */
    private static Optional<Annotation> named(List<Annotation> definitions, String name) {
        if (name.isEmpty()) {
            return definitions.size() == 1 ? Optional.of(definitions.get(0)) : Optional.empty();
        }
        return definitions.stream().filter(definition -> definition.string("name").equals(name)).findFirst();
    }
}
