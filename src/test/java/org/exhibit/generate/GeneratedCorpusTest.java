package org.exhibit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.exhibit.concept.Fact;
import org.exhibit.concept.FactBuilder;
import org.exhibit.parse.DocumentParser;
import org.exhibit.store.Database;
import org.exhibit.store.ImportResult;
import org.exhibit.store.Importer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated corpus as a large accuracy test: 30 companies of 4 quarters each, written with a fixed seed, are read
 * by the real parser and imported into a real H2 file database; every expected fact must be read exactly (concept,
 * period, value, unit and line), no fact with a concept may appear that the generator did not print, and {@code check}
 * must report each planted fault and no other error.
 */
class GeneratedCorpusTest {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    @TempDir
    static Path folder;

    static CorpusGenerator.Summary summary;

    @BeforeAll
    static void generate() throws IOException {
        summary = CorpusGenerator.generate(new CorpusGenerator.Options(30, 4, 5, 0), folder.resolve("corpus"));
    }

    /** A fact as compared: what a user would check of it. */
    record Key(String document, String concept, LocalDate periodEnd, int months, BigDecimal value, String unit, int line) {

        static Key of(CSVRecord r) {
            return new Key(r.get("document"), r.get("concept"), LocalDate.parse(r.get("period_end")),
                    Integer.parseInt(r.get("months")), new BigDecimal(r.get("value")).stripTrailingZeros(), r.get("unit"),
                    Integer.parseInt(r.get("line")));
        }

        static Key of(String document, Fact f) {
            return new Key(document, f.concept(), f.period().end(), f.period().months(), f.value().stripTrailingZeros(),
                    f.unit(), f.line());
        }

        @Override
        public String toString() {
            return document + ":" + line + " " + concept + " " + periodEnd + " " + months + "m " + value.toPlainString() + " "
                    + unit;
        }
    }

    private static List<CSVRecord> records(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(folder.resolve("corpus").resolve(file), StandardCharsets.UTF_8)) {
            return FORMAT.parse(reader).getRecords();
        }
    }

    private static List<Path> documents(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void theCorpusHasEveryKindOfDocumentAndSomeFaults() throws IOException {
        assertThat(summary.documents()).isEqualTo(120);
        List<String> names = documents(folder.resolve("corpus")).stream().map(p -> p.getFileName().toString()).toList();
        assertThat(names).anyMatch(n -> n.endsWith("-ex99.txt")).anyMatch(n -> n.endsWith("-10q.txt"))
                .anyMatch(n -> n.endsWith("-10k.txt"));
        assertThat(summary.faults()).isGreaterThan(3);
    }

    @Test
    void everyExpectedFactIsReadExactlyAndNoOtherFactHasAConcept() throws IOException {
        Map<String, Set<Key>> expected = records(CorpusGenerator.FACTS).stream().map(Key::of)
                .collect(Collectors.groupingBy(Key::document, LinkedHashMap::new, Collectors.toSet()));
        assertThat(expected).hasSize(summary.documents());
        List<String> problems = new ArrayList<>();
        FactBuilder builder = FactBuilder.bundled();
        for (Path file : documents(folder.resolve("corpus"))) {
            String name = file.getFileName().toString();
            Set<Key> read = new HashSet<>();
            for (Fact fact : builder.facts(DocumentParser.parse(name, Files.readAllBytes(file)))) {
                if (fact.concept() != null) {
                    read.add(Key.of(name, fact));
                }
            }
            Set<Key> wanted = expected.getOrDefault(name, Set.of());
            wanted.stream().filter(k -> !read.contains(k)).sorted(java.util.Comparator.comparingInt(Key::line))
                    .forEach(k -> problems.add("not read: " + k));
            read.stream().filter(k -> !wanted.contains(k)).sorted(java.util.Comparator.comparingInt(Key::line))
                    .forEach(k -> problems.add("not planted: " + k));
        }
        assertThat(problems).as("%d problems", problems.size()).isEmpty();
    }

    /**
     * Imports the documents of the first ten companies (a whole company's documents, so that the rules across documents
     * run as they would; the importer takes a few seconds for forty documents).
     */
    @Test
    void checkReportsEachPlantedFaultAndNoOtherError() throws Exception {
        Set<String> companies = documents(folder.resolve("corpus")).stream().map(p -> p.getFileName().toString())
                .map(n -> n.substring(0, n.indexOf('-'))).distinct().limit(10).collect(Collectors.toSet());
        java.util.function.Predicate<String> imported = name -> companies.contains(name.substring(0, name.indexOf('-')));
        Set<String> planted = records(CorpusGenerator.FAULTS).stream().filter(r -> imported.test(r.get("document")))
                .map(r -> r.get("document") + ":" + r.get("line") + " " + r.get("rule") + " " + r.get("concept") + " "
                        + r.get("period_end") + " " + r.get("months"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(planted).as("faults planted in the documents imported").hasSizeGreaterThanOrEqualTo(2);
        Set<String> errors = new java.util.TreeSet<>();
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("db"))) {
            Importer importer = new Importer(database);
            for (Path file : documents(folder.resolve("corpus"))) {
                if (!imported.test(file.getFileName().toString())) {
                    continue;
                }
                assertThat(importer.loadFile(file).outcome()).as(file.toString()).isEqualTo(ImportResult.Outcome.IMPORTED);
            }
            try (Statement s = database.connection().createStatement();
                 ResultSet rs = s.executeQuery("select document, line, rule, concept, period_end, months, message from findings"
                         + " where severity = 'error'")) {
                while (rs.next()) {
                    errors.add(rs.getString(1) + ":" + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
                            + rs.getString(5) + " " + rs.getString(6) + " -- " + rs.getString(7));
                }
            }
        }
        Set<String> found = errors.stream().map(e -> e.substring(0, e.indexOf(" -- "))).collect(Collectors.toSet());
        assertThat(planted).as("planted faults not found; errors: %s", errors).isSubsetOf(found);
        assertThat(errors).as("errors").allMatch(e -> planted.contains(e.substring(0, e.indexOf(" -- "))));
    }
}
