package org.exhibit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * What a table covers, read as a user would read it: the tables listed in {@code parse/scopes.csv}, in corpus
 * documents, have the scope given there; and the scope's words are whole words.
 */
class ScopeTest {

    @Test
    void corpusTablesHaveTheScopeTheirTitlesAndSectionsSay() throws Exception {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        Map<String, Document> documents = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(Path.of("src/test/resources/parse/scopes.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String name = r.get("document");
                Document document = documents.computeIfAbsent(name, n -> parse(Path.of("src/test/resources/corpus", n)));
                int line = Integer.parseInt(r.get("line"));
                expected.add(name + ":" + line + " " + r.get("scope"));
                actual.add(name + ":" + line + " " + document.tables().stream().filter(t -> t.line() == line)
                        .map(t -> t.scope().code()).findFirst().orElse("no table"));
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void phrasesAreWholeWordsInAnyCase() {
        assertThat(Scope.named("CONDENSED STATEMENTS OF EARNINGS (PARENT COMPANY ONLY)")).isEqualTo(Scope.PARENT);
        assertThat(Scope.named("Unaudited Pro  Forma Results")).isEqualTo(Scope.PRO_FORMA);
        assertThat(Scope.named("Selected Consolidated Financial Data")).isEqualTo(Scope.SELECTED);
        assertThat(Scope.named("Consolidated Statements of Income")).isEqualTo(Scope.CONSOLIDATED);
        assertThat(Scope.named("Intersegmental eliminations")).isNull();
        assertThat(Scope.named("Statements of Income")).isNull();
        assertThat(Scope.of(null, StatementKind.INCOME)).isEqualTo(Scope.CONSOLIDATED);
        assertThat(Scope.of(null, StatementKind.OTHER)).isEqualTo(Scope.OTHER);
    }

    private static Document parse(Path file) {
        try {
            return DocumentParser.parse(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
