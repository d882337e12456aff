package dev.schemadiff.reader.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.hibernate.boot.model.naming.Identifier;

/**
 * What the binders share: the types, the naming rules, the tables and sequences by namespace (ordered as
 * Hibernate's {@code Database} orders them), the mapped entities, and the queues of work Hibernate defers
 * to its second passes, run in Hibernate's order.
 */
final class BindingContext {
    /** Hibernate's {@code Namespace.Name} order: by schema, the default (no schema) last. */
    private static final Comparator<Identifier> NAMESPACE_ORDER = Comparator.nullsLast(Comparator.naturalOrder());

    final TypeIndex types;
    final Naming naming;
    final String defaultSchema;
    private final Consumer<String> warnings;
    final Converters converters;
    final Map<String, EntityMapping> entities = new HashMap<>();
    private final Map<Identifier, Map<Identifier, BoundTable>> tables = new TreeMap<>(NAMESPACE_ORDER);
    private final Map<Identifier, Map<Identifier, PendingSequence>> sequences = new TreeMap<>(NAMESPACE_ORDER);

    /** Foreign keys that are part of a primary key (joined subclass keys, {@code @MapsId}): bound first. */
    final List<Runnable> primaryKeyForeignKeys = new ArrayList<>();
    final List<Runnable> secondaryTableKeys = new ArrayList<>();
    /** The other to-one associations, in binding order. */
    final List<Runnable> foreignKeys = new ArrayList<>();
    final List<Runnable> primaryKeys = new ArrayList<>();
    /** Collections and subclass checks ({@code generalSecondPassList}). */
    final List<Runnable> general = new ArrayList<>();
    final List<Runnable> naturalIds = new ArrayList<>();

    /** A sequence by its physical names, before PostgreSQL names are applied. */
    record PendingSequence(Identifier schema, Identifier name, long start, long increment) {
    }

    BindingContext(TypeIndex types, Naming naming, String defaultSchema, Consumer<String> warnings) {
        this.types = types;
        this.naming = naming;
        this.defaultSchema = defaultSchema;
        this.warnings = warnings;
        this.converters = new Converters(this);
    }

    void warn(Location location, String message) {
        warnings.accept(location + ": " + message);
    }

    /**
     * {@code Namespace.createTable}: the table of that logical name in that namespace, created if new.
     *
     * @param logicalSchema the schema as the mapping names it, {@code null} for the default
     */
    BoundTable table(Identifier logicalSchema, Identifier logicalName, BoundTable included) {
        Map<Identifier, BoundTable> namespace = tables.computeIfAbsent(logicalSchema, ignored -> new TreeMap<>());
        return namespace.computeIfAbsent(logicalName, ignored -> new BoundTable(logicalName, logicalSchema,
                naming.physicalTable(logicalName), naming.physicalSchema(logicalSchema), included));
    }

    /** {@code Namespace.createSequence}; a sequence registered twice is kept once. */
    void sequence(Identifier logicalSchema, Identifier logicalName, long start, long increment) {
        sequences.computeIfAbsent(logicalSchema, ignored -> new TreeMap<>())
                .putIfAbsent(logicalName, new PendingSequence(naming.physicalSchema(logicalSchema),
                        naming.physicalSequence(logicalName), start, increment));
    }

    /** The namespaces in Hibernate's order, each with its sequences and tables in Hibernate's order. */
    List<Namespace> namespaces() {
        Map<Identifier, Namespace> namespaces = new TreeMap<>(NAMESPACE_ORDER);
        tables.forEach((schema, byName) -> namespaces.computeIfAbsent(schema, Namespace::new).tables.addAll(byName.values()));
        sequences.forEach((schema, byName) -> namespaces.computeIfAbsent(schema, Namespace::new).sequences.addAll(byName.values()));
        return List.copyOf(namespaces.values());
    }

    /** One namespace's tables and sequences. */
    static final class Namespace {
        final Identifier logicalSchema;
        final List<BoundTable> tables = new ArrayList<>();
        final List<PendingSequence> sequences = new ArrayList<>();

        Namespace(Identifier logicalSchema) {
            this.logicalSchema = logicalSchema;
        }
    }

    /** The entity mapped from class {@code canonicalName}. */
    Optional<EntityMapping> entity(String canonicalName) {
        return Optional.ofNullable(entities.get(canonicalName));
    }

    /** Runs a queue, including work queued while it runs. */
    static void run(List<Runnable> queue) {
        for (int i = 0; i < queue.size(); i++) {
            queue.get(i).run();
        }
        queue.clear();
    }
}
