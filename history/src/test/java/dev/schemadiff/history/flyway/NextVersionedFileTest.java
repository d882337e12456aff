package dev.schemadiff.history.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The next version keeps the directory's style: plain numbers, zero padding, dotted versions, timestamps. */
class NextVersionedFileTest {
    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''                                                   | V1__schemadiff.sql",
            "V1__a.sql V2__b.sql V3__c.sql                        | V4__schemadiff.sql",
            "V9__a.sql V10__b.sql                                 | V11__schemadiff.sql",
            "V001__a.sql V003_2__b.sql R__view.sql notes.txt      | V004__schemadiff.sql",
            "V1.1__a.sql V1.10__b.sql V2.0.1__c.sql               | V3__schemadiff.sql",
            "V20240501120000__a.sql sub/V20240502090000__b.sql    | V20240502090001__schemadiff.sql"})
    void nextVersion(String files, String expected) throws IOException {
        for (String file : files.split(" ")) {
            if (!file.isBlank()) {
                Path path = directory.resolve(file);
                Files.createDirectories(path.getParent());
                Files.createFile(path);
            }
        }
        assertEquals(expected, NextVersionedFile.name(List.of(directory), "schemadiff"));
    }
}
