package dev.schemadiff.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One generated basic attribute and how its {@code @Column} reads.
 *
 * @param field        the Java field name
 * @param kind         its type and fixed mapping annotations
 * @param modifier     the one column option it carries
 * @param explicitName whether {@code @Column(name = …)} spells the snake_case name out, which index and
 *                     unique-constraint column lists need to mean the same column under both naming styles
 * @param length       {@code length} for {@link ColumnKind.Size#LENGTH} kinds
 * @param precision    {@code precision} for {@link ColumnKind.Size#PRECISION_SCALE} kinds
 * @param scale        {@code scale} for {@link ColumnKind.Size#PRECISION_SCALE} kinds
 */
record BasicColumn(String field, ColumnKind kind, Modifier modifier, boolean explicitName,
                   int length, int precision, int scale) {

    /** The column option; each appears on the kinds it fits. */
    enum Modifier {
        NONE, NOT_NULL, UNIQUE, DEFAULT;

        boolean fits(ColumnKind kind) {
            return switch (this) {
                case NONE -> true;
                case NOT_NULL -> !kind.primitive();
                case UNIQUE -> kind.uniqueAllowed();
                case DEFAULT -> kind.defaultValue() != null;
            };
        }
    }

    private static final int[] LENGTHS = {16, 32, 40, 64, 80, 120, 255, 500, 1000};
    private static final int[] PRECISIONS = {10, 12, 15, 19};
    private static final int[] SCALES = {0, 2, 4};
    private static final int NAME_ATTEMPTS = 20;

    /** Draws a field name free in {@code columns} (and claims it) and the sizes the kind needs. */
    static BasicColumn draw(ColumnKind kind, Modifier modifier, GeneratedNames.Claims columns, Random random) {
        String field = null;
        for (int attempt = 0; attempt < NAME_ATTEMPTS && field == null; attempt++) {
            String candidate = GeneratedNames.pick(GeneratedNames.FIELD_PREFIXES, random)
                    + GeneratedNames.pick(kind.nameSuffixes(), random);
            field = columns.claimImplicit(candidate) ? candidate : null;
        }
        if (field == null) {
            String base = GeneratedNames.FIELD_PREFIXES.get(0) + kind.nameSuffixes().get(0);
            field = base;
            for (int suffix = 2; !columns.claimImplicit(field); suffix++) {
                field = base + suffix;
            }
        }
        return new BasicColumn(field, kind, modifier.fits(kind) ? modifier : Modifier.NONE,
                random.nextInt(3) == 0, LENGTHS[random.nextInt(LENGTHS.length)],
                PRECISIONS[random.nextInt(PRECISIONS.length)], SCALES[random.nextInt(SCALES.length)]);
    }

    /** The column name under both naming styles once {@link #withExplicitName()} applies. */
    String sqlName() {
        return GeneratedNames.snake(field);
    }

    BasicColumn withExplicitName() {
        return new BasicColumn(field, kind, modifier, true, length, precision, scale);
    }

    void addTo(JavaSource source) {
        List<String> lines = new ArrayList<>(3);
        source.imports(kind.typeImports().toArray(String[]::new));
        if (kind.annotation() != null) {
            lines.add(kind.annotation());
            source.imports(kind.annotationImports().toArray(String[]::new));
        }
        if (modifier == Modifier.DEFAULT) {
            lines.add("@ColumnDefault(\"" + kind.defaultValue() + "\")");
            source.imports("org.hibernate.annotations.ColumnDefault");
        }
        List<String> attributes = columnAttributes();
        if (!attributes.isEmpty()) {
            lines.add("@Column(" + String.join(", ", attributes) + ")");
            source.imports("jakarta.persistence.Column");
        }
        lines.add("private " + kind.javaType() + " " + field + ";");
        source.member(lines);
    }

    private List<String> columnAttributes() {
        List<String> attributes = new ArrayList<>(4);
        if (explicitName) {
            attributes.add("name = \"" + sqlName() + "\"");
        }
        switch (kind.size()) {
            case LENGTH -> attributes.add("length = " + length);
            case PRECISION_SCALE -> attributes.add("precision = " + precision + ", scale = " + scale);
            case TEXT_DEFINITION -> attributes.add("columnDefinition = \"text\"");
            case NONE -> { }
        }
        if (modifier == Modifier.NOT_NULL) {
            attributes.add("nullable = false");
        } else if (modifier == Modifier.UNIQUE) {
            attributes.add("unique = true");
        }
        return attributes;
    }
}
