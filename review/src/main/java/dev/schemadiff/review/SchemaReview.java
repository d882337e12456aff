package dev.schemadiff.review;

import dev.schemadiff.review.internal.EnumCheck;
import dev.schemadiff.review.internal.GitTree;
import dev.schemadiff.review.internal.HazardAnalyzer;
import dev.schemadiff.review.internal.HeadSql;
import dev.schemadiff.review.internal.ReviewSide;
import dev.schemadiff.review.internal.SourceFacts;
import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.Origin;
import dev.schemadiff.schema.QualifiedName;
import dev.schemadiff.schema.SchemaModel;
import dev.schemadiff.schema.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reviews the schema change between two states of a project: reads the entity sources of both (a git
 * revision through the git CLI, or a folder) with the source reader, compares the two expected schemas
 * with {@link ModelDiffer}, adds what the sources alone tell (enum constants reordered under ORDINAL),
 * rates each change's {@link Hazard hazards}, and lists the migration files that differ.
 *
 * <p>Nothing is compiled and no database is needed; with {@link ReviewRequest#tableSizes()} the lock and
 * scan hazards name the size of the table they concern.
 */
public final class SchemaReview {
    private static final Comparator<ReviewChange> SUBJECT_ORDER = Comparator
            .comparing((ReviewChange change) -> isSequence(change))
            .thenComparing(ReviewChange::subject);

    /**
     * Reviews {@code request.base()} against {@code request.head()}.
     *
     * @throws dev.schemadiff.SchemaDiffException with {@code USAGE} for an unknown revision or a missing folder,
     *                                            with {@code MODEL} for sources the reader cannot read
     */
    public ReviewReport review(ReviewRequest request) {
        Path work;
        try {
            work = Files.createTempDirectory("schemadiff-review");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ReviewSide base = read(request.base(), request, work.resolve("base"));
            ReviewSide head = read(request.head(), request, work.resolve("head"));
            return review(request, base, head);
        } finally {
            delete(work);
        }
    }

    private static ReviewReport review(ReviewRequest request, ReviewSide base, ReviewSide head) {
        SchemaModel before = base.schema().model();
        List<ReviewChange> changes = new ArrayList<>(new ModelDiffer().diff(before, head.schema().model()));
        changes.addAll(enumReorders(base, head));
        changes.sort(SUBJECT_ORDER); // stable: keeps the differ's order within a table
        Set<QualifiedName> existing = new TreeSet<>();
        changes.stream().map(ReviewChange::subject).filter(name -> before.table(name).isPresent()).forEach(existing::add);
        HazardAnalyzer analyzer = new HazardAnalyzer(existing.isEmpty() ? Map.of() : request.tableSizes().sizes(existing));
        List<ReviewEntry> entries = changes.stream().map(change -> entry(change, base, head, analyzer)).toList();
        return new ReviewReport(request.base().label(), request.head().label(), entries,
                HeadSql.statements(head.schema(), before), migrationFiles(base, head), head.schema().warnings());
    }

    private static ReviewSide read(ReviewSource source, ReviewRequest request, Path work) {
        if (source instanceof ReviewSource.Folder folder) {
            if (!Files.isDirectory(folder.root())) {
                throw new dev.schemadiff.SchemaDiffException(dev.schemadiff.ErrorCode.USAGE, "folder " + folder.root()
                        + " does not exist; pass an existing folder or a git revision");
            }
            return ReviewSide.read(folder.root(), request.sources(), request.migrations(), request.naming());
        }
        if (source instanceof ReviewSource.GitRevision revision) {
            List<String> paths = new ArrayList<>(request.sources());
            paths.addAll(request.migrations());
            String prefix = GitTree.extract(revision.repository(), revision.ref(), paths, work);
            return ReviewSide.read(work, prefixed(prefix, request.sources()), prefixed(prefix, request.migrations()),
                    request.naming());
        }
        throw new IllegalArgumentException("unknown review source " + source);
    }

    private static List<String> prefixed(String prefix, List<String> paths) {
        return paths.stream().map(path -> Path.of(prefix).resolve(path).normalize().toString()).toList();
    }

    /** Enums stored by ordinal whose constants moved between base and head, for columns present on both sides. */
    private static List<ReviewChange> enumReorders(ReviewSide base, ReviewSide head) {
        Map<ColumnRef, ReviewChange> found = new TreeMap<>(Comparator.comparing(ColumnRef::table)
                .thenComparing(ColumnRef::column));
        head.schema().provenance().columns().forEach((column, origin) -> {
            Optional<SourceFacts.Field> field = head.facts().field(origin.entity(), origin.attribute());
            if (field.isEmpty() || !field.get().storedByOrdinal()
                    || base.schema().model().table(column.table()).flatMap(t -> t.column(column.column())).isEmpty()) {
                return;
            }
            String type = field.get().type();
            Optional<List<String>> before = base.facts().enumConstants(type);
            Optional<List<String>> after = head.facts().enumConstants(type);
            if (before.isPresent() && after.isPresent() && !isPrefix(before.get(), after.get())) {
                found.put(column, new ReviewChange.EnumReordered(column.table(), column.column(), type, before.get(), after.get()));
            }
        });
        return List.copyOf(found.values());
    }

    private static boolean isPrefix(List<String> before, List<String> after) {
        return after.size() >= before.size() && after.subList(0, before.size()).equals(before);
    }

    private static ReviewEntry entry(ReviewChange change, ReviewSide base, ReviewSide head, HazardAnalyzer analyzer) {
        Optional<Origin> origin = columnOf(change).flatMap(column -> head.schema().provenance().originOf(column)
                .or(() -> base.schema().provenance().originOf(column)));
        String entity = head.schema().provenance().entityOf(change.subject())
                .or(() -> base.schema().provenance().entityOf(change.subject())).orElse(null);
        SourceLocation location = origin.flatMap(o -> head.facts().locate(o))
                .or(() -> Optional.ofNullable(entity).flatMap(e -> head.facts().locateClass(e)))
                .orElse(null);
        if (change instanceof ReviewChange.TableRemoved) {
            location = null; // its entity is gone at head
        }
        String described = origin.map(Origin::toString).orElse(entity);
        return new ReviewEntry(change, described, location, analyzer.hazards(change));
    }

    /** The column a change is about, for its origin; the first column of a constraint. */
    private static Optional<ColumnRef> columnOf(ReviewChange change) {
        QualifiedName table = change.subject();
        if (change instanceof ReviewChange.ColumnAdded added) {
            return Optional.of(new ColumnRef(table, added.column().name()));
        }
        if (change instanceof ReviewChange.ColumnRemoved removed) {
            return Optional.of(new ColumnRef(table, removed.column().name()));
        }
        if (change instanceof ReviewChange.ColumnRenamed renamed) {
            return Optional.of(new ColumnRef(table, renamed.after().name()));
        }
        if (change instanceof ReviewChange.ColumnChanged changed) {
            return Optional.of(new ColumnRef(table, changed.after().name()));
        }
        if (change instanceof ReviewChange.EnumReordered reordered) {
            return Optional.of(new ColumnRef(table, reordered.column()));
        }
        if (change instanceof ReviewChange.ConstraintAdded added) {
            return firstColumn(table, added.constraint());
        }
        if (change instanceof ReviewChange.ConstraintChanged changed) {
            return firstColumn(table, changed.after());
        }
        return Optional.empty();
    }

    private static Optional<ColumnRef> firstColumn(QualifiedName table, TableConstraint constraint) {
        List<String> columns;
        if (constraint instanceof TableConstraint.Unique unique) {
            columns = unique.key().columns();
        } else if (constraint instanceof TableConstraint.IndexOn index) {
            columns = index.index().columns();
        } else if (constraint instanceof TableConstraint.Foreign foreign) {
            columns = foreign.key().columns();
        } else if (constraint instanceof TableConstraint.Check check) {
            // an enum's check points at the enum attribute; any other check at the entity
            columns = EnumCheck.parse(check.check().expression()).map(e -> List.of(e.column())).orElse(List.of());
        } else {
            columns = List.of(); // a primary key: the entity is the place to look
        }
        return columns.stream().findFirst().map(column -> new ColumnRef(table, column));
    }

    private static List<MigrationFile> migrationFiles(ReviewSide base, ReviewSide head) {
        Map<String, MigrationFile> files = new TreeMap<>();
        head.migrations().forEach((path, digest) -> {
            String old = base.migrations().get(path);
            if (old == null) {
                files.put(path, new MigrationFile(path, MigrationFile.Status.ADDED));
            } else if (!old.equals(digest)) {
                files.put(path, new MigrationFile(path, MigrationFile.Status.CHANGED));
            }
        });
        base.migrations().keySet().stream().filter(path -> !head.migrations().containsKey(path))
                .forEach(path -> files.put(path, new MigrationFile(path, MigrationFile.Status.REMOVED)));
        return List.copyOf(files.values());
    }

    private static boolean isSequence(ReviewChange change) {
        return change instanceof ReviewChange.SequenceAdded || change instanceof ReviewChange.SequenceRemoved
                || change instanceof ReviewChange.SequenceChanged;
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary copy of sources is harmless; the review's result stands
        }
    }
}
