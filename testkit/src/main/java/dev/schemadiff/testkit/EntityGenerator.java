package dev.schemadiff.testkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Decides and writes the entities of a {@link GeneratedModel}. Variety comes from seeded decks: the
 * options of one choice (column kinds, id strategies, associations…) are shuffled and dealt out in full
 * before the deck is reshuffled, so every option appears within one pass whatever the seed, and a model
 * of 100 entities holds every feature several times.
 */
final class EntityGenerator {
    /** Entities per block; each full block holds one inheritance group. */
    private static final int BLOCK = 25;
    /** A root and two subclasses. */
    private static final int GROUP_SIZE = 3;
    private static final String BILLING = "billing";
    private static final String RESERVED_WORD_CLASS = "PurchaseOrder";
    private static final int[] ALLOCATION_SIZES = {1, 5, 20, 50, 100};
    private static final List<String> REVISION_TYPES = List.of("Long", "Integer", "String");
    private static final List<String> VERSION_TYPES = List.of("Long", "Integer", "int", "long");

    /** Optional entity-level features, dealt to standalone entities. */
    private enum Feature {
        MANY_TO_ONE, ONE_TO_ONE, ONE_TO_MANY, MANY_TO_MANY, ELEMENT_LIST, ELEMENT_MAP, EMBEDDED, TABLE_INDEXES,
        VERSION, BILLING_SCHEMA
    }

    private enum IdStrategy { SEQUENCE, IDENTITY, UUID }

    private enum Base { NONE, AUDITED, REVISIONED }

    /** Named as {@code jakarta.persistence.InheritanceType} names its constants. */
    private enum Hierarchy { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

    private final Random random;
    private final String comment;
    private final GeneratedNames.Claims tables = new GeneratedNames.Claims();
    private final RelationshipMembers relationships;
    /** Standalone entities written so far: the targets of later associations. */
    private final List<RelationshipMembers.EntityRef> targets = new ArrayList<>();
    private final List<JavaSource> entities = new ArrayList<>();
    private final Deck<ColumnKind> kinds;
    private final Deck<BasicColumn.Modifier> modifiers;
    private final Deck<Feature> features;
    private final Deck<IdStrategy> ids;
    private final Deck<Base> bases;
    private final Deck<Hierarchy> hierarchies;

    EntityGenerator(long seed) {
        random = new Random(seed);
        comment = "Generated entity (seed " + seed + "); do not edit.";
        relationships = new RelationshipMembers(random, tables);
        kinds = new Deck<>(List.of(ColumnKind.values()), random);
        modifiers = new Deck<>(List.of(BasicColumn.Modifier.NONE, BasicColumn.Modifier.NONE,
                BasicColumn.Modifier.NONE, BasicColumn.Modifier.NOT_NULL, BasicColumn.Modifier.NOT_NULL,
                BasicColumn.Modifier.UNIQUE, BasicColumn.Modifier.DEFAULT), random);
        List<Feature> featureCards = new ArrayList<>(List.of(Feature.values()));
        featureCards.addAll(List.of(Feature.MANY_TO_ONE, Feature.VERSION, Feature.EMBEDDED));
        features = new Deck<>(featureCards, random);
        ids = new Deck<>(List.of(IdStrategy.values()), random);
        bases = new Deck<>(List.of(Base.NONE, Base.NONE, Base.AUDITED, Base.REVISIONED), random);
        hierarchies = new Deck<>(List.of(Hierarchy.values()), random);
    }

    /** Writes {@code count} entities: standalone ones, and one inheritance group in each full block. */
    List<JavaSource> generate(int count) {
        while (entities.size() < count) {
            int blockSize = Math.min(BLOCK, count - entities.size());
            int groupAt = blockSize >= GROUP_SIZE ? random.nextInt(blockSize - GROUP_SIZE + 1) : -1;
            for (int position = 0; position < blockSize; position++) {
                if (position == groupAt) {
                    addGroup(hierarchies.draw());
                    position += GROUP_SIZE - 1;
                } else {
                    addStandalone();
                }
            }
        }
        return List.copyOf(entities);
    }

    String comment() {
        return comment;
    }

    private void addStandalone() {
        boolean reservedWord = targets.isEmpty();
        String className = reservedWord ? claimClassName(RESERVED_WORD_CLASS) : newClassName();
        String stem = GeneratedNames.snake(className);
        Set<Feature> chosen = EnumSet.noneOf(Feature.class);
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            chosen.add(features.draw());
        }
        if (reservedWord) {
            // Keeps "order" in the default schema, where tests expect it.
            chosen.remove(Feature.BILLING_SCHEMA);
        }
        GeneratedNames.Claims columns = new GeneratedNames.Claims();
        columns.claimImplicit("id");
        JavaSource source = new JavaSource(className, "public class " + className + superclass(columns));
        source.imports("jakarta.persistence.Entity").annotate("@Entity");
        if (chosen.contains(Feature.EMBEDDED)) {
            GeneratedNames.ADDRESS_COLUMNS.forEach(columns::claimImplicit);
        }
        if (chosen.contains(Feature.VERSION)) {
            columns.claimImplicit("version");
        }
        String schema = chosen.contains(Feature.BILLING_SCHEMA) ? BILLING : null;
        List<BasicColumn> basics = drawColumns(7 + random.nextInt(7), columns, false);

        List<String> tableAttributes = new ArrayList<>();
        if (reservedWord) {
            tables.claimExplicit("order");
            // Hibernate does not quote keywords unless asked to, so the mapping quotes the name itself.
            tableAttributes.add("name = \"\\\"order\\\"\"");
        } else if (random.nextBoolean()) {
            tableAttributes.add("name = \"" + stem + "\"");
        }
        if (schema != null) {
            tableAttributes.add("schema = \"" + schema + "\"");
        }
        String indexes = chosen.contains(Feature.TABLE_INDEXES) ? indexAttributes(stem, basics) : null;
        if (indexes != null) {
            tableAttributes.add(indexes);
            source.imports("jakarta.persistence.Index", "jakarta.persistence.UniqueConstraint");
        }
        if (!tableAttributes.isEmpty()) {
            source.imports("jakarta.persistence.Table").annotate("@Table(" + String.join(", ", tableAttributes) + ")");
        }

        String idType = addId(source, ids.draw(), stem, schema);
        basics.forEach(column -> column.addTo(source));
        if (chosen.contains(Feature.EMBEDDED)) {
            source.imports("jakarta.persistence.Embedded").member("@Embedded", "private Address address;");
        }
        if (chosen.contains(Feature.VERSION)) {
            addVersion(source);
        }
        RelationshipMembers.EntityRef owner = new RelationshipMembers.EntityRef(className, stem, columns);
        addRelationships(source, owner, chosen);
        addIdGetter(source, idType);
        targets.add(owner);
        entities.add(source);
    }

    private void addRelationships(JavaSource source, RelationshipMembers.EntityRef owner, Set<Feature> chosen) {
        if (chosen.contains(Feature.ELEMENT_LIST)) {
            relationships.elementList(source, owner);
        }
        if (chosen.contains(Feature.ELEMENT_MAP)) {
            relationships.elementMap(source, owner);
        }
        if (targets.isEmpty()) {
            return;
        }
        if (chosen.contains(Feature.MANY_TO_ONE)) {
            relationships.manyToOne(source, owner, GeneratedNames.pick(targets, random));
        }
        if (chosen.contains(Feature.ONE_TO_ONE)) {
            relationships.oneToOne(source, owner, GeneratedNames.pick(targets, random));
        }
        if (chosen.contains(Feature.ONE_TO_MANY)) {
            relationships.oneToMany(source, owner, GeneratedNames.pick(targets, random));
        }
        if (chosen.contains(Feature.MANY_TO_MANY)) {
            relationships.manyToMany(source, owner, GeneratedNames.pick(targets, random));
        }
    }

    /**
     * A root and two subclasses. One column namespace serves the whole hierarchy: single-table and
     * table-per-class subclasses share or copy the root's columns.
     */
    private void addGroup(Hierarchy hierarchy) {
        GeneratedNames.Claims columns = new GeneratedNames.Claims();
        columns.claimImplicit("id");
        String rootName = newClassName();
        String stem = GeneratedNames.snake(rootName);
        // Hibernate rejects IDENTITY ids for TABLE_PER_CLASS: rows of sibling tables need ids from one source.
        IdStrategy idStrategy = ids.draw();
        if (hierarchy == Hierarchy.TABLE_PER_CLASS && idStrategy == IdStrategy.IDENTITY) {
            idStrategy = IdStrategy.SEQUENCE;
        }
        boolean abstractRoot = hierarchy == Hierarchy.TABLE_PER_CLASS && random.nextBoolean();
        JavaSource root = new JavaSource(rootName,
                "public " + (abstractRoot ? "abstract " : "") + "class " + rootName + superclass(columns));
        root.imports("jakarta.persistence.Entity", "jakarta.persistence.Inheritance",
                "jakarta.persistence.InheritanceType").annotate("@Entity");
        annotateTableName(root, stem);
        root.annotate("@Inheritance(strategy = InheritanceType." + hierarchy.name() + ")");
        if (hierarchy == Hierarchy.SINGLE_TABLE) {
            columns.claimExplicit("kind");
            root.imports("jakarta.persistence.DiscriminatorColumn", "jakarta.persistence.DiscriminatorType")
                    .annotate("@DiscriminatorColumn(name = \"kind\", discriminatorType = DiscriminatorType.STRING,"
                            + " length = 31)");
        }
        String idType = addId(root, idStrategy, stem, null);
        boolean versioned = random.nextBoolean();
        if (versioned) {
            columns.claimImplicit("version");
        }
        drawColumns(4 + random.nextInt(4), columns, false).forEach(column -> column.addTo(root));
        if (versioned) {
            addVersion(root);
        }
        addIdGetter(root, idType);
        entities.add(root);

        for (int i = 1; i < GROUP_SIZE; i++) {
            String name = newClassName();
            JavaSource subclass = new JavaSource(name, "public class " + name + " extends " + rootName);
            subclass.imports("jakarta.persistence.Entity").annotate("@Entity");
            if (hierarchy == Hierarchy.SINGLE_TABLE) {
                subclass.imports("jakarta.persistence.DiscriminatorValue").annotate("@DiscriminatorValue(\"" + name + "\")");
            } else {
                annotateTableName(subclass, GeneratedNames.snake(name));
            }
            // A single-table subclass column must accept the NULLs of its sibling's rows.
            drawColumns(3 + random.nextInt(3), columns, hierarchy == Hierarchy.SINGLE_TABLE)
                    .forEach(column -> column.addTo(subclass));
            entities.add(subclass);
        }
    }

    /** Names the table explicitly half of the time; the class name already claimed both spellings. */
    private void annotateTableName(JavaSource source, String stem) {
        if (random.nextBoolean()) {
            source.imports("jakarta.persistence.Table").annotate("@Table(name = \"" + stem + "\")");
        }
    }

    /** Draws a mapped superclass and claims its columns; returns the {@code extends} clause. */
    private String superclass(GeneratedNames.Claims columns) {
        Base base = bases.draw();
        if (base != Base.NONE) {
            GeneratedNames.AUDIT_COLUMNS.forEach(columns::claimImplicit);
        }
        return switch (base) {
            case NONE -> "";
            case AUDITED -> " extends AuditedEntity";
            case REVISIONED -> {
                columns.claimImplicit(GeneratedNames.REVISION_COLUMN);
                yield " extends RevisionedEntity<" + GeneratedNames.pick(REVISION_TYPES, random) + ">";
            }
        };
    }

    private List<BasicColumn> drawColumns(int count, GeneratedNames.Claims columns, boolean nullableOnly) {
        List<BasicColumn> drawn = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ColumnKind kind = kinds.draw();
            while (nullableOnly && kind.primitive()) {
                kind = kinds.draw();
            }
            BasicColumn.Modifier modifier = modifiers.draw();
            if (nullableOnly && modifier == BasicColumn.Modifier.NOT_NULL) {
                modifier = BasicColumn.Modifier.NONE;
            }
            drawn.add(BasicColumn.draw(kind, modifier, columns, random));
        }
        return drawn;
    }

    /**
     * The {@code @Table} attribute text for two indexes and a unique constraint over indexable columns,
     * or null when fewer than two qualify. It makes those columns' names explicit in {@code basics} so the
     * column lists mean the same under both naming styles.
     */
    private String indexAttributes(String stem, List<BasicColumn> basics) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < basics.size(); i++) {
            if (basics.get(i).kind().indexable()) {
                candidates.add(i);
            }
        }
        if (candidates.size() < 2) {
            return null;
        }
        Collections.shuffle(candidates, random);
        int first = candidates.get(0);
        int second = candidates.get(1);
        basics.set(first, basics.get(first).withExplicitName());
        basics.set(second, basics.get(second).withExplicitName());
        String a = basics.get(first).sqlName();
        String b = basics.get(second).sqlName();
        String unique = random.nextBoolean() ? ", unique = true" : "";
        return "indexes = {\n"
                + "        @Index(name = \"" + tables.claimExplicitFrom("idx_" + stem + "_1") + "\", columnList = \""
                + a + "\"" + unique + "),\n"
                + "        @Index(name = \"" + tables.claimExplicitFrom("idx_" + stem + "_2") + "\", columnList = \""
                + b + ", " + a + "\")},\n"
                + "        uniqueConstraints = @UniqueConstraint(name = \"" + tables.claimExplicitFrom("uk_" + stem + "_1")
                + "\", columnNames = {\"" + a + "\", \"" + b + "\"})";
    }

    /** Writes the id field; returns its Java type. */
    private String addId(JavaSource source, IdStrategy strategy, String stem, String schema) {
        source.imports("jakarta.persistence.GeneratedValue", "jakarta.persistence.GenerationType",
                "jakarta.persistence.Id");
        return switch (strategy) {
            case SEQUENCE -> {
                String sequence = tables.claimExplicitFrom(stem + "_seq");
                String inSchema = schema == null ? "" : ", schema = \"" + schema + "\"";
                String initialValue = random.nextInt(4) == 0 ? ", initialValue = 1000" : "";
                source.imports("jakarta.persistence.SequenceGenerator").member("@Id",
                        "@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"" + sequence + "\")",
                        "@SequenceGenerator(name = \"" + sequence + "\", sequenceName = \"" + sequence + "\"" + inSchema
                                + ", allocationSize = " + ALLOCATION_SIZES[random.nextInt(ALLOCATION_SIZES.length)]
                                + initialValue + ")",
                        "private Long id;");
                yield "Long";
            }
            case IDENTITY -> {
                source.member("@Id", "@GeneratedValue(strategy = GenerationType.IDENTITY)", "private Long id;");
                yield "Long";
            }
            case UUID -> {
                source.imports("java.util.UUID")
                        .member("@Id", "@GeneratedValue(strategy = GenerationType.UUID)", "private UUID id;");
                yield "UUID";
            }
        };
    }

    private void addVersion(JavaSource source) {
        source.imports("jakarta.persistence.Version")
                .member("@Version", "private " + GeneratedNames.pick(VERSION_TYPES, random) + " version;");
    }

    private static void addIdGetter(JavaSource source, String idType) {
        source.member("public " + idType + " getId() {", "    return id;", "}");
    }

    private String newClassName() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String candidate = GeneratedNames.pick(GeneratedNames.QUALIFIERS, random)
                    + GeneratedNames.pick(GeneratedNames.NOUNS, random);
            if (tables.claimImplicit(candidate)) {
                return candidate;
            }
        }
        // Past ~1,700 entities the word pairs run out; number them.
        return claimClassName(GeneratedNames.pick(GeneratedNames.QUALIFIERS, random)
                + GeneratedNames.pick(GeneratedNames.NOUNS, random));
    }

    /** Claims {@code base} as a class and implicit table name, or the first free {@code base2}, {@code base3}… */
    private String claimClassName(String base) {
        String name = base;
        for (int suffix = 2; !tables.claimImplicit(name); suffix++) {
            name = base + suffix;
        }
        return name;
    }

    /** Options dealt in shuffled passes: each appears once per pass of the deck. */
    private static final class Deck<T> {
        private final List<T> cards;
        private final Random random;
        private final Deque<T> pile = new ArrayDeque<>();

        Deck(List<T> cards, Random random) {
            this.cards = List.copyOf(cards);
            this.random = random;
        }

        T draw() {
            if (pile.isEmpty()) {
                List<T> shuffled = new ArrayList<>(cards);
                Collections.shuffle(shuffled, random);
                pile.addAll(shuffled);
            }
            return pile.removeFirst();
        }
    }
}
