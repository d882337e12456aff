package dev.schemadiff.reader.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemadiff.reader.ModelReaderOptions;
import dev.schemadiff.reader.NamingMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The create script itself, and entity locations given as jars. */
class HibernateDdlTest {
    @TempDir
    Path dir;

    @Test
    void scriptHoldsOnlyTheSchemaEvenWithAnImportSqlNextToTheEntities() throws IOException {
        Path classes = TestEntities.corpus(dir);
        Files.writeString(classes.resolve("import.sql"), "insert into category (code) values ('x');\n");

        String script = new HibernateDdl().createScript(ModelReaderOptions.of(List.of(classes), NamingMode.SPRING));

        List<String> statements = script.lines().filter(line -> !line.isBlank()).toList();
        assertTrue(statements.stream().allMatch(line -> line.endsWith(";")), script);
        assertTrue(statements.stream().noneMatch(line -> line.startsWith("insert")), script);
        assertEquals("create schema billing;", statements.get(0));
        assertTrue(statements.contains("create sequence loyalty_card_seq start with 1000 increment by 10;"), script);
    }

    @Test
    void jarOfEntitiesReadsLikeTheirDirectory() throws IOException {
        Path classes = TestEntities.corpus(dir);
        Path jar = jar(classes, dir.resolve("corpus.jar"));
        HibernateModelReader reader = new HibernateModelReader();

        assertEquals(reader.read(ModelReaderOptions.of(List.of(classes), NamingMode.JPA)),
                reader.read(ModelReaderOptions.of(List.of(jar), NamingMode.JPA)));
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }
}
