package dev.schemadiff.cli;

import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.hibernate.HibernateModelReader;
import dev.schemadiff.reader.source.SourceModelReader;
import dev.schemadiff.reader.source.SourceReaderOptions;
import dev.schemadiff.schema.ExpectedSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Where a run's entities come from: compiled classes ({@code --classes}) or sources ({@code --source}). */
sealed interface EntityReader permits EntityReader.Classes, EntityReader.Sources {

    /** Reads the expected schema. */
    ExpectedSchema read();

    /** The locations read, for the progress line. */
    List<Path> locations();

    /** Compiled entities, read through Hibernate's own mapping metadata. */
    record Classes(ModelReaderOptions options) implements EntityReader {
        @Override
        public ExpectedSchema read() {
            return new HibernateModelReader().read(options);
        }

        @Override
        public List<Path> locations() {
            return options.classes();
        }
    }

    /** Entity sources, read with JavaParser without a build. */
    record Sources(SourceReaderOptions options) implements EntityReader {
        @Override
        public ExpectedSchema read() {
            return new SourceModelReader().read(options);
        }

        @Override
        public List<Path> locations() {
            return options.sources();
        }
    }

    /** {@code a, b}: the locations as the progress line names them. */
    static String describe(EntityReader reader) {
        return reader.locations().stream().map(Path::toString).collect(Collectors.joining(", "));
    }
}
