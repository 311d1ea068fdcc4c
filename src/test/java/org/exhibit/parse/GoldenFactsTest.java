package org.exhibit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.exhibit.concept.Fact;
import org.exhibit.concept.FactBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fact read from each sample document, compared exactly with a hand-checked golden file.
 *
 * <p>Regenerate on purpose only: {@code mvn test -Dtest=GoldenFactsTest -Dexhibit.golden.update=true}, then read the
 * diff against the documents before committing it.
 */
class GoldenFactsTest {

    private static final Path DATA = Path.of("data");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    /** Small documents written to pin one way of printing a table each, beside the samples. */
    private static final Path CASES = GOLDEN.resolve("cases");

    static Stream<Path> documents() throws IOException {
        return Stream.concat(texts(DATA), texts(CASES));
    }

    private static Stream<Path> texts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void factsMatchTheGoldenFile(Path document) throws IOException {
        Document parsed = DocumentParser.parse(document.getFileName().toString(), Files.readAllBytes(document));
        String actual = csv(FactBuilder.bundled().facts(parsed));
        Path golden = (document.startsWith(CASES) ? CASES : GOLDEN).resolve(document.getFileName().toString().replaceAll("\\.txt$", "") + ".facts.csv");
        if (Boolean.getBoolean("exhibit.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(parsed.diagnostics()).as("lines not read").isEmpty();
    }

    /** The facts as CSV, one row per fact, in document order. */
    static String csv(List<Fact> facts) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord("line", "statement", "concept", "label", "period_start", "period_end", "months", "unit",
                    "value", "printed_value");
            for (Fact f : facts) {
                printer.printRecord(f.line(), f.table().kind().code(), f.concept(), f.row().label(), f.period().start(),
                        f.period().end(), f.period().months(), f.unit(), f.value().toPlainString(),
                        f.printedValue().toPlainString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
