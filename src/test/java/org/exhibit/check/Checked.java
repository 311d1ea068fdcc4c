package org.exhibit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exhibit.TestDatabase;
import org.exhibit.store.Checks;
import org.exhibit.store.Database;
import org.exhibit.store.ImportResult;
import org.exhibit.store.Importer;
import org.exhibit.store.StoreException;

/**
 * Documents imported into a fresh in-memory database by the real importer, and the findings the checks store for
 * them: the seeds and corpus files as they are, or copies with one number changed. With a PostgreSQL server for the
 * tests, each import is done there too and must find the same.
 */
final class Checked {

    private final Map<String, String> documents = new LinkedHashMap<>();

    /** A document of {@code data/} (the seeds) as it is. */
    static String seed(String name) {
        return read(Path.of("data", name));
    }

    /** A document of the test corpus as it is. */
    static String corpus(String name) {
        return read(Path.of("src/test/resources/corpus", name));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with {@code from} replaced by {@code to} on line {@code line} (1-based), where it must stand once. */
    static String plant(String text, int line, String from, String to) {
        String[] lines = text.split("\n", -1);
        String original = lines[line - 1];
        assertThat(original).as("line %d", line).contains(from);
        assertThat(original.indexOf(from)).as("line %d holds %s once", line, from).isEqualTo(original.lastIndexOf(from));
        lines[line - 1] = original.replace(from, to);
        return String.join("\n", lines);
    }

    /** Checks with {@code text} imported under {@code name}, after the documents added before it. */
    Checked with(String name, String text) {
        documents.put(name, text);
        return this;
    }

    /**
     * Imports the documents into a new database, each as {@code import} does, and returns every finding stored; when a
     * PostgreSQL server is given for the tests ({@code EXHIBIT_TEST_PG}), the same documents imported there must give
     * the same findings.
     */
    List<Finding> findings() {
        List<Finding> found = findings("jdbc:h2:mem:check-" + UUID.randomUUID());
        String server = System.getenv(TestDatabase.SERVER);
        if (server != null && !server.isBlank()) {
            try (TestDatabase postgres = TestDatabase.onServer(null)) {
                assertThat(findings(postgres.url())).as("the findings on PostgreSQL").isEqualTo(found);
            }
        }
        return found;
    }

    private List<Finding> findings(String url) {
        try (Database database = Database.open(url)) {
            Importer importer = new Importer(database);
            for (Map.Entry<String, String> document : documents.entrySet()) {
                ImportResult result = importer.load(document.getKey(), document.getValue().getBytes(StandardCharsets.ISO_8859_1));
                assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
            }
            return Checks.recheckAll(database.dsl());
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The findings of one document alone. */
    static List<Finding> of(String name, String text) {
        return new Checked().with(name, text).findings();
    }

    /** The findings of {@code rule} among {@code findings}. */
    static List<Finding> rule(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
