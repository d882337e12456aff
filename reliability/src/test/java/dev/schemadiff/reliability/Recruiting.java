package dev.schemadiff.reliability;

import dev.schemadiff.samples.recruiting.Candidate;
import dev.schemadiff.testkit.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The recruiting sample as the faults see it: the field story's drifted database ({@code drifted.sql}),
 * grown by bulk rows so that apply's backfill of {@code candidate.full_name} takes long enough to be
 * interrupted in the middle, and the sample's compiled entities.
 */
final class Recruiting {
    static final List<String> SCHEMAS = List.of("public");
    /** The value existing candidates get for the NOT NULL column the entities add. */
    static final String FILL = "candidate.full_name='unknown'";

    private Recruiting() {
    }

    /** Loads the drifted database plus {@code bulkRows} users, each with a candidate. */
    static void load(TestDatabase db, int bulkRows) {
        db.execute(read(sampleFile("drifted.sql")));
        db.execute("INSERT INTO users (email, password_hash, role, active, created_at)"
                + " SELECT 'bulk' || i || '@example.com', md5(i::text), 'CANDIDATE', i % 3 = 0,"
                + " timestamptz '2024-01-01 00:00:00+00' + i * interval '1 minute'"
                + " FROM generate_series(1, " + bulkRows + ") AS i;"
                + "INSERT INTO candidate (id, user_id, current_salary, available_from, city, country_code, version,"
                + " legacy_ref)"
                + " SELECT 100 + u.id, u.id, 40000 + u.id % 50000, date '2024-01-01' + (u.id % 365)::int,"
                + " 'City ' || u.id % 97, 'GB', u.id % 5, 'crm-' || u.id"
                + " FROM users AS u WHERE u.email LIKE 'bulk%';"
                + "ANALYZE");
    }

    /** {@code schemadiff command --classes <sample> --db <db> more...}. */
    static String[] args(String command, TestDatabase db, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--classes", classes().toString(), "--db", db.jdbcUrl()));
        args.addAll(Arrays.asList(more));
        return args.toArray(String[]::new);
    }

    /** {@code apply} with the fill the sample needs. */
    static String[] apply(TestDatabase db, String... more) {
        List<String> args = new ArrayList<>(List.of("--fill", FILL));
        args.addAll(Arrays.asList(more));
        return args("apply", db, args.toArray(String[]::new));
    }

    static Path classes() {
        try {
            return Path.of(Candidate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path sampleFile(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("samples/recruiting"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("samples/recruiting not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("samples/recruiting").resolve(name);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
