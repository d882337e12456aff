package dev.schemadiff.reader.hibernate;

import dev.schemadiff.reader.ddl.DdlNamespace;
import dev.schemadiff.reader.ddl.DdlTable;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.model.relational.Namespace;

/**
 * Hibernate's relational model (namespaces, sequences, tables) as the create script writes it, visited
 * in the order {@code SchemaCreatorImpl} writes it: per namespace its sequences, its tables, then its
 * indexes. The order matters because PostgreSQL names unnamed constraints around what already exists.
 */
final class SchemaTranslator {
    private SchemaTranslator() {
    }

    static List<DdlNamespace> translate(org.hibernate.boot.Metadata metadata, TableTranslator translator) {
        List<DdlNamespace> namespaces = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            String schema = translator.schemaName(namespace.getPhysicalName().schema());
            List<Sequence> sequences = new ArrayList<>();
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                sequences.add(new Sequence(QualifiedName.of(schema, translator.sequenceName(schema, sequence.getName().getSequenceName())),
                        sequence.getInitialValue(), sequence.getIncrementSize()));
            }
            List<DdlTable> tables = new ArrayList<>();
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                // views and @Subselect entities are not tables Hibernate creates
                if (table.isPhysicalTable() && !table.isView()) {
                    tables.add(translator.translate(table));
                }
            }
            namespaces.add(new DdlNamespace(schema, sequences, tables));
        }
        return namespaces;
    }
}
