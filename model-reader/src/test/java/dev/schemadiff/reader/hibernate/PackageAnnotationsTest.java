package dev.schemadiff.reader.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Package-level annotations still apply although packages without a {@code package-info} are answered
 * by a stand-in ({@link MissingPackageInfo}): a package-info's {@code @SoftDelete} adds its column to the
 * package's entities, and only to them.
 */
class PackageAnnotationsTest {
    @TempDir
    Path dir;

    @Test
    void packageInfoAnnotationsApplyAndPackagesWithoutOneAreUnchanged() {
        Path classes = JavaSources.compile(dir.resolve("classes"), Map.of(
                "acme.soft.package-info", "@org.hibernate.annotations.SoftDelete package acme.soft;",
                "acme.soft.Invoice", "package acme.soft; @jakarta.persistence.Entity public class Invoice {"
                        + " @jakarta.persistence.Id Long id; }",
                "acme.plain.Receipt", "package acme.plain; @jakarta.persistence.Entity public class Receipt {"
                        + " @jakarta.persistence.Id Long id; }"));

        SchemaModel model = new HibernateModelReader().read(ModelReaderOptions.of(List.of(classes), NamingMode.JPA))
                .model();

        assertEquals(List.of("id", "deleted"), columnNames(model, "Invoice"));
        assertEquals(List.of("id"), columnNames(model, "Receipt"));
    }

    private static List<String> columnNames(SchemaModel model, String table) {
        return model.table(QualifiedName.of("public", table.toLowerCase(java.util.Locale.ROOT))).orElseThrow()
                .columns().stream().map(Column::name).toList();
    }
}
