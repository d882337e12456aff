package dev.schemadiff.history.internal;

import dev.schemadiff.history.DataChange;
import dev.schemadiff.schema.SchemaModel;
import java.util.Objects;
import java.util.Optional;

/**
 * The schema after one migration ran in the scratch database, migration tools' own tables left out.
 *
 * @param dataChange rows the migration changed, or {@code null} when it changed none
 */
public record ReplayedVersion(String version, SchemaModel model, DataChange dataChange) {
    public ReplayedVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(model, "model");
    }

    public Optional<DataChange> dataChanged() {
        return Optional.ofNullable(dataChange);
    }
}
