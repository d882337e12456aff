package dev.schemadiff.testkit;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Writes the association and collection fields of generated entities. Every join column, join table
 * and collection table gets an explicit snake_case name so it reads the same under both naming styles
 * (Spring's implicit join-table names differ from JPA's); the one exception is an implicit
 * {@code @ManyToOne} join column, which both styles derive from the field name.
 */
final class RelationshipMembers {
    /**
     * An entity as the owner or the target of an association.
     *
     * @param className the simple class name
     * @param stem      the snake_case class name that prefixes its join column, join table and collection table names
     * @param columns   the names taken in its table
     */
    record EntityRef(String className, String stem, GeneratedNames.Claims columns) {
    }

    /** Element collection field names with the singular used for their value column. */
    private static final List<List<String>> LISTS = List.of(
            List.of("tags", "tag"), List.of("aliases", "alias"), List.of("keywords", "keyword"),
            List.of("remarks", "remark"), List.of("phoneNumbers", "phone_number"));
    /** Map field names with the singular used for their key and value columns. */
    private static final List<List<String>> MAPS = List.of(
            List.of("settings", "setting"), List.of("properties", "property"), List.of("translations", "translation"));
    private static final int[] ELEMENT_LENGTHS = {40, 80, 120, 255};

    private final Random random;
    private final GeneratedNames.Claims tables;

    /**
     * @param random the generator's seeded source
     * @param tables the model-wide relation names: tables, sequences and indexes share one namespace
     */
    RelationshipMembers(Random random, GeneratedNames.Claims tables) {
        this.random = random;
        this.tables = tables;
    }

    void manyToOne(JavaSource source, EntityRef owner, EntityRef target) {
        boolean explicit = random.nextBoolean();
        boolean required = random.nextInt(3) == 0;
        String field = claimField(owner.columns(), GeneratedNames.lowerFirst(target.className()),
                candidate -> explicit ? owner.columns().claimExplicit(GeneratedNames.snake(candidate) + "_id")
                        : owner.columns().claimImplicit(candidate + "_id"));
        source.imports("jakarta.persistence.FetchType", "jakarta.persistence.ManyToOne");
        String manyToOne = required ? "@ManyToOne(fetch = FetchType.LAZY, optional = false)"
                : "@ManyToOne(fetch = FetchType.LAZY)";
        if (explicit) {
            source.imports("jakarta.persistence.JoinColumn");
            String nullable = required ? ", nullable = false" : "";
            source.member(manyToOne,
                    "@JoinColumn(name = \"" + GeneratedNames.snake(field) + "_id\"" + nullable + ")",
                    "private " + target.className() + " " + field + ";");
        } else {
            source.member(manyToOne, "private " + target.className() + " " + field + ";");
        }
    }

    /** Hibernate makes the join column of a {@code @OneToOne} unique by itself. */
    void oneToOne(JavaSource source, EntityRef owner, EntityRef target) {
        String field = claimField(owner.columns(), GeneratedNames.lowerFirst(target.className()),
                candidate -> owner.columns().claimExplicit(GeneratedNames.snake(candidate) + "_id"));
        source.imports("jakarta.persistence.FetchType", "jakarta.persistence.JoinColumn",
                "jakarta.persistence.OneToOne");
        source.member("@OneToOne(fetch = FetchType.LAZY)",
                "@JoinColumn(name = \"" + GeneratedNames.snake(field) + "_id\")",
                "private " + target.className() + " " + field + ";");
    }

    /** The join column lands in the target's table, so it is claimed among the target's columns. */
    void oneToMany(JavaSource source, EntityRef owner, EntityRef target) {
        String field = claimField(owner.columns(), GeneratedNames.lowerFirst(target.className()) + "s", name -> true);
        String joinColumn = target.columns().claimExplicitFrom(owner.stem() + "_id");
        source.imports("jakarta.persistence.JoinColumn", "jakarta.persistence.OneToMany", "java.util.ArrayList",
                "java.util.List");
        source.member("@OneToMany",
                "@JoinColumn(name = \"" + joinColumn + "\")",
                "private List<" + target.className() + "> " + field + " = new ArrayList<>();");
    }

    void manyToMany(JavaSource source, EntityRef owner, EntityRef target) {
        String field = claimField(owner.columns(), GeneratedNames.lowerFirst(target.className()) + "s", name -> true);
        String joinTable = tables.claimExplicitFrom(owner.stem() + "_" + target.stem());
        source.imports("jakarta.persistence.JoinColumn", "jakarta.persistence.JoinTable",
                "jakarta.persistence.ManyToMany", "java.util.HashSet", "java.util.Set");
        source.member("@ManyToMany",
                "@JoinTable(name = \"" + joinTable + "\",",
                "        joinColumns = @JoinColumn(name = \"" + owner.stem() + "_id\"),",
                "        inverseJoinColumns = @JoinColumn(name = \"" + target.stem() + "_id\"))",
                "private Set<" + target.className() + "> " + field + " = new HashSet<>();");
    }

    void elementList(JavaSource source, EntityRef owner) {
        List<String> names = GeneratedNames.pick(LISTS, random);
        String field = claimField(owner.columns(), names.get(0), name -> true);
        String table = tables.claimExplicitFrom(owner.stem() + "_" + GeneratedNames.snake(field));
        source.imports("jakarta.persistence.CollectionTable", "jakarta.persistence.Column",
                "jakarta.persistence.ElementCollection", "jakarta.persistence.JoinColumn",
                "jakarta.persistence.OrderColumn", "java.util.ArrayList", "java.util.List");
        source.member("@ElementCollection",
                "@CollectionTable(name = \"" + table + "\", joinColumns = @JoinColumn(name = \"" + owner.stem() + "_id\"))",
                "@OrderColumn(name = \"sort_index\")",
                "@Column(name = \"" + names.get(1) + "\", length = " + elementLength() + ")",
                "private List<String> " + field + " = new ArrayList<>();");
    }

    void elementMap(JavaSource source, EntityRef owner) {
        List<String> names = GeneratedNames.pick(MAPS, random);
        String field = claimField(owner.columns(), names.get(0), name -> true);
        String table = tables.claimExplicitFrom(owner.stem() + "_" + GeneratedNames.snake(field));
        source.imports("jakarta.persistence.CollectionTable", "jakarta.persistence.Column",
                "jakarta.persistence.ElementCollection", "jakarta.persistence.JoinColumn",
                "jakarta.persistence.MapKeyColumn", "java.util.HashMap", "java.util.Map");
        source.member("@ElementCollection",
                "@CollectionTable(name = \"" + table + "\", joinColumns = @JoinColumn(name = \"" + owner.stem() + "_id\"))",
                "@MapKeyColumn(name = \"" + names.get(1) + "_key\", length = 64)",
                "@Column(name = \"" + names.get(1) + "_value\", length = " + elementLength() + ")",
                "private Map<String, String> " + field + " = new HashMap<>();");
    }

    private int elementLength() {
        return ELEMENT_LENGTHS[random.nextInt(ELEMENT_LENGTHS.length)];
    }

    /**
     * Claims {@code base} (or {@code base2}, {@code base3}…) as a field name, together with whatever
     * column the field maps to, and returns it.
     */
    private static String claimField(GeneratedNames.Claims columns, String base,
                                     Predicate<String> claimColumn) {
        String field = base;
        for (int suffix = 2; !(columns.claimImplicit(field) && claimColumn.test(field)); suffix++) {
            field = base + suffix;
        }
        return field;
    }
}
