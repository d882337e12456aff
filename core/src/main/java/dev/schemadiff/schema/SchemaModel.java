package dev.schemadiff.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A database schema as a value: the same type describes what the entities expect and what the catalog
 * holds, so the two compare without translation.
 */
public record SchemaModel(List<Table> tables, List<Sequence> sequences) {
    public static final SchemaModel EMPTY = new SchemaModel(List.of(), List.of());

    public SchemaModel {
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
    }

    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<Sequence> sequence(QualifiedName name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The schemas that hold at least one table or sequence of this model. */
    public SortedSet<String> schemas() {
        SortedSet<String> schemas = new TreeSet<>();
        tables.forEach(t -> schemas.add(t.name().schema()));
        sequences.forEach(s -> schemas.add(s.name().schema()));
        return schemas;
    }

    /** Tables by name, for lookups over large models. */
    public java.util.Map<QualifiedName, Table> tablesByName() {
        return tables.stream().collect(Collectors.toMap(Table::name, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /** Tables and sequences sorted by name, constraints sorted by name, column order kept. */
    public SchemaModel normalized() {
        return new SchemaModel(
                tables.stream().sorted(Comparator.comparing(Table::name)).map(Table::normalized).toList(),
                sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList());
    }

    /** SHA-256 of the normalized model: equal models have equal fingerprints. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(normalized().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
