package dev.schemadiff.reader.hibernate;

import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.spi.MetadataBuilderImplementor;
import org.hibernate.models.internal.MutableClassDetailsRegistry;
import org.hibernate.models.spi.ClassDetails;

/**
 * Answers Hibernate's package-annotation lookups for packages that have no {@code package-info} class.
 *
 * <p>For every entity and every collection, Hibernate's binder looks for package-level annotations
 * ({@code @SoftDelete}, {@code @Audited}, temporal settings) by resolving {@code <package>.package-info}
 * and caches nothing when that class does not exist, so each lookup walks all its class loaders and
 * throws: about 6% of a model read at 1000 entities (JFR). Registering an annotation-free stand-in
 * under that name gives the same answer (no annotation) at once. A package that has a
 * {@code package-info} is left to Hibernate, so its annotations still apply.
 */
final class MissingPackageInfo {
    private MissingPackageInfo() {
    }

    /** What a package-info without annotations contributes: nothing. */
    private static final class NoAnnotations {
    }

    /** Registers the stand-in for each package of {@code classes} that has no {@code package-info} class. */
    static void registerStandIns(MetadataBuilder builder, EntityClasses classes) {
        MutableClassDetailsRegistry registry = ((MetadataBuilderImplementor) builder).getBootstrapContext()
                .getModelsContext().getClassDetailsRegistry().as(MutableClassDetailsRegistry.class);
        ClassDetails noAnnotations = registry.resolveClassDetails(NoAnnotations.class.getName());
        classes.managedClasses().stream().map(Class::getPackageName).filter(name -> !name.isEmpty()).distinct()
                .filter(name -> classes.loader().getResource(name.replace('.', '/') + "/package-info.class") == null)
                .forEach(name -> registry.addClassDetails(name + ".package-info", noAnnotations));
    }
}
