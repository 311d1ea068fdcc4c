package org.exhibit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gzipped documents, as EDGAR's bulk archives keep them, are read as the documents they unpack to, within a bound. */
class GzipDocumentsTest {

    private static final Path Q1 = Path.of("data/innovo-2003-q1-ex99.txt");

    @TempDir
    Path folder;

    private Path gzip(String name, byte[] content) throws Exception {
        Path file = folder.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }

    @Test
    void aGzippedFileIsTheDocumentItUnpacksToUnderItsNameWithoutGz() throws Exception {
        Path gz = gzip("innovo-2003-q1-ex99.txt.gz", Files.readAllBytes(Q1));
        assertThat(Documents.expand(List.of(folder))).containsExactly(gz);
        assertThat(Documents.name(gz)).isEqualTo("innovo-2003-q1-ex99.txt");
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("exhibit"))) {
            Importer importer = new Importer(database);
            assertThat(importer.loadFile(gz).summary()).startsWith("innovo-2003-q1-ex99.txt: imported, Innovo Group Inc.");
            assertThat(rows(database, "select document, count(*) from facts group by document"))
                    .containsExactly("innovo-2003-q1-ex99.txt|80");
            assertThat(importer.loadFile(Q1).outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
        }
    }

    @Test
    void aGzipBombIsRefusedWithASentenceOnceItUnpacksPastTheBound() throws Exception {
        byte[] zeros = new byte[1024 * 1024];
        Path bomb = folder.resolve("bomb.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        Documents.Content read = Documents.read(bomb, 1024 * 1024);
        assertThat(read.bytes()).isNull();
        assertThat(read.problem()).isEqualTo(bomb + ": not imported, the file unpacks to more than 1,048,576 bytes,"
                + " the most a document may hold.");
    }

    @Test
    void aTruncatedGzipFileIsOneSentence() throws Exception {
        byte[] whole = Files.readAllBytes(gzip("cut.txt.gz", Files.readAllBytes(Q1)));
        Path cut = folder.resolve("cut.txt.gz");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        Documents.Content read = Documents.read(cut);
        assertThat(read.bytes()).isNull();
        assertThat(read.problem()).startsWith(cut + ": not imported, the file is not a complete gzip file (");
        Path plain = folder.resolve("plain.txt.gz");
        Files.writeString(plain, "not gzip at all");
        assertThat(Documents.read(plain).problem()).startsWith(plain + ": not imported, the file is not a complete gzip file (");
    }

    private static List<String> rows(Database database, String sql) throws SQLException {
        return SqlRows.of(database.connection(), sql);
    }
}
