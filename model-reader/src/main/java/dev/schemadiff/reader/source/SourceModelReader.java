package dev.schemadiff.reader.source;

import dev.schemadiff.ErrorCode;
import dev.schemadiff.SchemaDiffException;
import dev.schemadiff.reader.ddl.PgSchemaBuilder;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.Provenance;
import dev.schemadiff.schema.SchemaModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JPA entities straight from {@code .java} sources, without compiling them or loading a class of
 * theirs, and predicts the schema Hibernate's create-DDL for PostgreSQL would leave: the same model
 * {@link dev.schemadiff.reader.hibernate.HibernateModelReader} reads from the compiled classes, down to
 * PostgreSQL's names for unnamed constraints and Hibernate's hashed foreign key names.
 *
 * <p>Every {@code .java} file under the source roots is considered; files that may declare an entity,
 * embeddable, mapped superclass or converter are parsed with JavaParser, others only when a type they
 * declare is used. Type names resolve among the sources, their imports, the {@code --classpath} jars (by
 * reflection, without initializing a class) and the JDK. What cannot be read from source (a type that
 * resolves nowhere, a converter whose values the reader cannot follow) is left out of the model with a
 * warning naming {@code File.java:line} and what was done instead; see {@link ExpectedSchema#warnings()}.
 */
public final class SourceModelReader {

    /**
     * Reads the entities under {@code options.sources()}.
     *
     * @throws SchemaDiffException with {@code ErrorCode.MODEL} for a file that does not parse (unless
     *                             {@code skipUnparsable}) or when no entity is found, with
     *                             {@code ErrorCode.USAGE} for a source root or classpath entry that does not exist
     */
    public ExpectedSchema read(SourceReaderOptions options) {
        List<String> warnings = new ArrayList<>();
        SourceFiles files = SourceFiles.scan(options.sources(), options.skipUnparsable(), warnings::add);
        try (ReflectedTypes classpath = ReflectedTypes.open(options.classpath())) {
            TypeIndex types = new TypeIndex(files, classpath, warnings::add);
            Naming naming = new Naming(options.naming(), Naming.physicalStrategy(options.naming(),
                    options.physicalNamingStrategy(), classpath.loader()), options.quoteAll());
            BindingContext context = new BindingContext(types, naming, options.defaultSchema(), warnings::add);
            new MappingBinder(context).bind();
            if (context.entities.isEmpty()) {
                throw new SchemaDiffException(ErrorCode.MODEL, "no @Entity classes (jakarta.persistence) found in "
                        + files.fileCount() + " .java files under " + options.sources()
                        + "; pass the root of the entity sources, such as src/main/java");
            }
            DdlAssembler assembler = new DdlAssembler(context, warnings::add);
            SchemaModel model = new PgSchemaBuilder(options.defaultSchema(), warnings::add).build(assembler.namespaces());
            Provenance provenance = new Provenance(assembler.tableOrigins(), assembler.columnOrigins());
            return new ExpectedSchema(model, provenance, warnings);
        }
    }
}
