package org.exhibit.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.exhibit.concept.Fact;
import org.exhibit.concept.FactBuilder;
import org.exhibit.parse.Document;
import org.exhibit.parse.DocumentParser;
import org.exhibit.parse.Table;
import org.exhibit.store.Documents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fact the reader takes from each corpus document, as {@code import} reads it with the bundled aliases, compared
 * exactly with its expected-facts file ({@code src/test/resources/corpus-facts/<document>.facts.csv.gz}), so that any
 * change to reading shows as a diff to review.
 *
 * <p>Regenerate on purpose only: {@code mvn -B test -Dtest=CorpusFactsTest -Dgolden.update=true}, then read the diff
 * ({@code zdiff}) against the documents before committing it.
 */
class CorpusFactsTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path EXPECTED = Path.of("src/test/resources/corpus-facts");
    /** How many differing lines a failure shows. */
    private static final int SHOWN = 20;

    static Stream<Path> documents() throws IOException {
        return Documents.expand(List.of(CORPUS)).stream()
                .filter(f -> !f.toString().endsWith(".csv") && !f.toString().endsWith(".md"));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void factsMatchTheExpectedFacts(Path document) throws IOException {
        String name = document.getFileName().toString();
        Document parsed = DocumentParser.parse(name, Files.readAllBytes(document));
        String actual = csv(parsed, FactBuilder.bundled().read(parsed).facts());
        Path expected = EXPECTED.resolve(name + ".facts.csv.gz");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(EXPECTED);
            write(expected, actual);
        }
        assertThat(expected).as("the expected facts of " + name + "; write them with -Dgolden.update=true").exists();
        List<String> differences = differences(read(expected), actual);
        assertThat(differences).as("facts of " + name + " that differ from " + expected
                + " (expected -, read +); review and regenerate with -Dgolden.update=true").isEmpty();
    }

    /**
     * The facts as CSV, one row per fact in document order: the table's ordinal in the document, the line, concept,
     * label, period, months, value, unit and the table's scope.
     */
    static String csv(Document document, List<Fact> facts) {
        Map<Table, Integer> ordinals = new IdentityHashMap<>();
        for (int i = 0; i < document.tables().size(); i++) {
            ordinals.put(document.tables().get(i), i + 1);
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord("table", "line", "concept", "label", "period_start", "period_end", "months", "value",
                    "unit", "scope");
            for (Fact f : facts) {
                printer.printRecord(ordinals.get(f.table()), f.line(), f.concept(), f.row().label(), f.period().start(),
                        f.period().end(), f.period().months(), f.value().toPlainString(), f.unit(),
                        f.table().scope().code());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The lines only one side has, in order, marked "-" (expected) or "+" (read), up to {@link #SHOWN} of them. */
    private static List<String> differences(String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        List<String> shown = new ArrayList<>();
        int i = 0;
        int j = 0;
        while ((i < want.size() || j < got.size()) && shown.size() < SHOWN) {
            if (i < want.size() && j < got.size() && want.get(i).equals(got.get(j))) {
                i++;
                j++;
            } else if (i < want.size() && (j >= got.size() || !got.subList(j, got.size()).contains(want.get(i)))) {
                shown.add("- " + want.get(i++));
            } else {
                shown.add("+ " + got.get(j++));
            }
        }
        return shown;
    }

    private static void write(Path file, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(file, bytes.toByteArray());
    }

    private static String read(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
