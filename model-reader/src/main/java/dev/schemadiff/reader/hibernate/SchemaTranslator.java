package dev.schemadiff.reader.hibernate;

import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Sequence;
import dev.schemadiff.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;

/**
 * Hibernate's relational model (namespaces, sequences, tables) as a {@link SchemaModel}, visited in
 * the order {@code SchemaCreatorImpl} writes it: per namespace its sequences, its tables, then its
 * indexes. The order matters because PostgreSQL names unnamed constraints around what already exists.
 */
final class SchemaTranslator {
    private SchemaTranslator() {
    }

    static SchemaModel translate(org.hibernate.boot.Metadata metadata, TableTranslator translator,
                                 String defaultSchema) {
        Map<String, PgNamespaceNames> namesBySchema = new HashMap<>();
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            Identifier schemaName = namespace.getPhysicalName().schema();
            String schema = schemaName == null ? defaultSchema : PgIdentifiers.raw(schemaName);
            PgNamespaceNames names = namesBySchema.computeIfAbsent(schema, ignored -> new PgNamespaceNames());
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                String name = PgIdentifiers.raw(sequence.getName().getSequenceName());
                names.takeRelation(name);
                sequences.add(new Sequence(QualifiedName.of(schema, name), sequence.getInitialValue(),
                        sequence.getIncrementSize()));
            }
            List<Table> namespaceTables = new ArrayList<>();
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                // views and @Subselect entities are not tables Hibernate creates
                if (table.isPhysicalTable() && !table.isView()) {
                    namespaceTables.add(translator.translate(table, names, sequences));
                }
            }
            namespaceTables.forEach(table -> table.indexes().forEach(index -> names.takeRelation(index.name())));
            tables.addAll(namespaceTables);
        }
        return new SchemaModel(tables, sequences);
    }
}
