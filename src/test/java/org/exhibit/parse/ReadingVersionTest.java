package org.exhibit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's version is computed from its classes and data files: it changes when any of them does. */
class ReadingVersionTest {

    private static final Path CLASSES = Path.of("target/classes");

    @TempDir
    Path copy;

    @Test
    void theBundledVersionIsTheHashOfTheReadersClassesAndData() {
        assertThat(ReadingVersion.current()).hasSize(64).isEqualTo(ReadingVersion.of(CLASSES));
        assertThat(DocumentParser.reading()).isEqualTo(ReadingVersion.current());
    }

    @Test
    void changingAReadingDataFileChangesTheVersion() throws Exception {
        copyReader();
        String before = ReadingVersion.of(copy);
        assertThat(before).isEqualTo(ReadingVersion.of(CLASSES));
        Files.writeString(copy.resolve("org/exhibit/concept/aliases.csv"), "Turnover,Revenues\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        String afterAlias = ReadingVersion.of(copy);
        assertThat(afterAlias).isNotEqualTo(before);
        Files.writeString(copy.resolve("org/exhibit/parse/currencies.csv"), "EUR,euro-cents\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        assertThat(ReadingVersion.of(copy)).isNotEqualTo(afterAlias).isNotEqualTo(before);
    }

    @Test
    void changingAReaderClassChangesTheVersion() throws Exception {
        copyReader();
        String before = ReadingVersion.of(copy);
        Path table = copy.resolve("org/exhibit/parse/TableReader.class");
        byte[] bytes = Files.readAllBytes(table);
        bytes[bytes.length - 1] ^= 1;
        Files.write(table, bytes);
        assertThat(ReadingVersion.of(copy)).isNotEqualTo(before);
    }

    private void copyReader() throws Exception {
        for (String folder : ReadingVersion.READER) {
            Path from = CLASSES.resolve(folder);
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    Path to = copy.resolve(CLASSES.relativize(file).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(file, to);
                }
            }
        }
    }
}
