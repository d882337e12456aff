package dev.schemadiff.review.internal;

import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.reader.source.SourceModelReader;
import dev.schemadiff.reader.source.SourceReaderOptions;
import dev.schemadiff.schema.ExpectedSchema;
import dev.schemadiff.schema.Provenance;
import dev.schemadiff.schema.SchemaModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One side of a review, read from a directory tree.
 *
 * @param schema     the schema its entities expect; empty when it has no entity yet
 * @param facts      declaration lines and enum constant order
 * @param migrations content digest per migration file, by path relative to the tree root
 */
public record ReviewSide(ExpectedSchema schema, SourceFacts facts, Map<String, String> migrations) {
    private static final ExpectedSchema NO_ENTITIES = new ExpectedSchema(SchemaModel.EMPTY, Provenance.EMPTY, List.of());

    public ReviewSide {
        migrations = Map.copyOf(migrations);
    }

    /**
     * Reads a tree.
     *
     * @param root       the tree root: file paths in reports are relative to it
     * @param sources    source roots relative to {@code root}
     * @param migrations migration folders relative to {@code root}
     */
    public static ReviewSide read(Path root, List<String> sources, List<String> migrations, NamingMode naming) {
        List<Path> sourceRoots = sources.stream().map(root::resolve).filter(Files::isDirectory).toList();
        SourceFacts facts = SourceFacts.scan(root, sourceRoots);
        ExpectedSchema schema = facts.entityCount() == 0 ? NO_ENTITIES
                : new SourceModelReader().read(SourceReaderOptions.of(sourceRoots, naming));
        Map<String, String> digests = new TreeMap<>();
        for (String folder : migrations) {
            Path directory = root.resolve(folder);
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    digests.put(root.relativize(file).toString().replace('\\', '/'), digest(Files.readAllBytes(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ReviewSide(schema, facts, digests);
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
