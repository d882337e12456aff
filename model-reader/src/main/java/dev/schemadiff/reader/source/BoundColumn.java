package dev.schemadiff.reader.source;

import dev.schemadiff.reader.ddl.DdlCheck;
import dev.schemadiff.schema.Origin;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.model.naming.Identifier;

/**
 * A column as the binder builds it, mutable as Hibernate's {@code org.hibernate.mapping.Column} is: join
 * columns get their type only once the referenced key is bound, and later mappings may tighten nullability.
 */
final class BoundColumn {
    final Identifier name;
    /** The name before the physical naming strategy: what implicit join column names are built from. */
    Identifier logicalName;
    /** The type as written; {@code null} until known (a join column before its referenced key is bound). */
    String sqlType;
    ColumnTypes.Category category = ColumnTypes.Category.OTHER;
    boolean nullable = true;
    boolean unique;
    boolean identity;
    String defaultValue;
    final List<DdlCheck> checks = new ArrayList<>();
    /** The attribute the column maps, for provenance; the first mapping wins. */
    Origin origin;
    /** The table the column was first added to. */
    BoundTable table;

    BoundColumn(Identifier name) {
        this.name = name;
    }

    /** Hibernate's {@code Column.getCanonicalName()}: how a table tells its columns apart. */
    String canonicalName() {
        return name.getCanonicalName();
    }

    String rawName() {
        return Naming.raw(name);
    }

    void typeFrom(ColumnTypes.SqlType type) {
        sqlType = type.ddl();
        category = type.category();
    }

    @Override
    public String toString() {
        return name.toString();
    }
}
