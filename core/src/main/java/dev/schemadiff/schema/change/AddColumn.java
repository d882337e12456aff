package dev.schemadiff.schema.change;

import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/**
 * A column missing from an existing table.
 *
 * @param mode  how a NOT NULL column reaches existing rows
 * @param value SQL value for {@link NotNullMode#TEMPORARY_DEFAULT} and {@link NotNullMode#FILL};
 *              {@code null} otherwise
 */
public record AddColumn(QualifiedName table, Column column, NotNullMode mode, String value)
        implements SchemaChange {

    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(mode, "mode");
        if ((mode == NotNullMode.TEMPORARY_DEFAULT || mode == NotNullMode.FILL) == (value == null)) {
            throw new IllegalArgumentException(mode + " needs a value exactly when it fills rows");
        }
    }

    /** A column added exactly as modelled. */
    public static AddColumn asModelled(QualifiedName table, Column column) {
        return new AddColumn(table, column, NotNullMode.AS_MODELLED, null);
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.ADD_COLUMN;
    }

    @Override
    public Optional<QualifiedName> tableName() {
        return Optional.of(table);
    }

    /** How existing rows get a value for a NOT NULL column without a model default. */
    public enum NotNullMode {
        /** Nullable, defaulted, or the table is empty: add the column as modelled. */
        AS_MODELLED,
        /** Java primitive: add with {@code DEFAULT value NOT NULL}, then drop the default (no rewrite). */
        TEMPORARY_DEFAULT,
        /** {@code --fill}: add nullable, update existing rows to {@code value}, then set NOT NULL. */
        FILL,
        /** No value known: add nullable and report that it needs a backfill before NOT NULL. */
        DEFERRED
    }
}
