package dev.schemadiff.api.internal;

import dev.schemadiff.api.ModelSource;
import dev.schemadiff.api.PlanOptions;
import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.hibernate.HibernateModelReader;
import dev.schemadiff.schema.ExpectedSchema;
import java.util.List;

/** Reads a {@link ModelSource} with the reader that fits it. */
public final class ModelSources {
    private ModelSources() {
    }

    /**
     * Reads the expected schema. Entities that name no schema land in the first schema of
     * {@code options}, else {@code public}: the same rule the CLI applies to {@code --schema}.
     */
    public static ExpectedSchema read(ModelSource source, PlanOptions options) {
        String defaultSchema = options.schemas().isEmpty() ? "public" : options.schemas().get(0);
        if (source instanceof ModelSource.CompiledClasses compiled) {
            return new HibernateModelReader().read(new ModelReaderOptions(compiled.classes(), compiled.classpath(),
                    compiled.naming(), compiled.physicalNamingStrategy(), defaultSchema, compiled.quoteAll()));
        }
        if (source instanceof ModelSource.LoadedClasses loaded) {
            return new HibernateModelReader().read(loaded.classes(), new ModelReaderOptions(List.of(), List.of(),
                    loaded.naming(), loaded.physicalNamingStrategy(), defaultSchema, loaded.quoteAll()));
        }
        throw new IllegalArgumentException("unhandled model source " + source.getClass().getName());
    }
}
