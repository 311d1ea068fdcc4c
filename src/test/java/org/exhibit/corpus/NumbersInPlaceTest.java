package org.exhibit.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.exhibit.concept.Fact;
import org.exhibit.concept.FactBuilder;
import org.exhibit.parse.Cell;
import org.exhibit.parse.Column;
import org.exhibit.parse.DocumentParser;
import org.exhibit.store.Documents;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No fact of the corpus is a number printed inside its row's label ("allowance of $425") or a number of a column
 * that is not a period's (a change, a percentage of sales, a yield, the years "Thereafter"): each fact stands under a
 * period column whose words name none of these, and its printed number is not also a number of its label, but for the
 * cases read by hand and listed with their verdict in numbers-in-labels.csv (the test fails when one is added or goes
 * away). No row gives one concept two numbers for the same period (columns told apart only by their words), and the
 * source line of every fact prints its digits.
 */
class NumbersInPlaceTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    private static final Pattern NOT_A_PERIOD = Pattern.compile(
            "(?i)\\bchange\\b|increase\\s*/?\\s*\\(?decrease|\\bvariance\\b|%|\\bpercent(age)?\\b|\\bpct\\b"
                    + "|\\byields?$|\\brates?$|\\bthereafter\\b|\\bbeyond\\b");

    @TestFactory
    Stream<DynamicTest> everyFactStandsInAPeriodColumnAndOutsideItsLabel() throws IOException {
        List<Path> files = Documents.expand(List.of(CORPUS));
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
        Set<String> reviewed = reviewed();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String name = file.getFileName().toString();
            byte[] bytes = Files.readAllBytes(file);
            String[] source = new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1);
            List<Fact> facts = FactBuilder.bundled().facts(DocumentParser.parse(name, bytes));
            List<String> problems = new ArrayList<>();
            Set<String> concepts = new java.util.HashSet<>();
            for (Fact fact : facts) {
                Column column = fact.table().columns().get(fact.column());
                String heading = (column.heading() + " " + column.measure()).trim();
                if (column.role() != Column.Role.PERIOD || NOT_A_PERIOD.matcher(heading).find()) {
                    problems.add(name + ":" + fact.line() + " under \"" + heading + "\": " + fact.printedValue());
                }
                String place = fact.table().line() + " " + fact.row().line() + " " + fact.concept() + " " + fact.period();
                if (fact.concept() != null && !concepts.add(place)) {
                    problems.add(name + ":" + fact.line() + " a second " + fact.concept() + " for " + fact.period()
                            + " in the row of line " + fact.row().line() + ": " + fact.printedValue());
                }
                Cell cell = fact.row().cells().stream().filter(c -> c.column() == fact.column()).findFirst().orElseThrow();
                String digits = digits(cell.text());
                if (!digits.isEmpty() && (fact.line() > source.length || !source[fact.line() - 1].contains(digits))) {
                    problems.add(name + ":" + fact.line() + " does not print \"" + digits + "\" of row \"" + fact.row().label()
                            + "\"");
                }
                String key = name + "," + fact.line() + "," + cell.text();
                if (insideLabel(cell.text(), fact.row().label()) && !reviewed.remove(key)) {
                    problems.add(name + ":" + fact.line() + " \"" + cell.text() + "\" also inside its label \""
                            + fact.row().label() + "\"");
                }
            }
            reviewed.stream().filter(k -> k.startsWith(name + ",")).forEach(k -> problems.add("listed but not read: " + k));
            assertThat(problems).isEmpty();
        }));
    }

    /** The reviewed facts whose number also stands in their label, as "document,line,printed". */
    private static Set<String> reviewed() throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
        Set<String> keys = ConcurrentHashMap.newKeySet();
        try (Reader reader = Files.newBufferedReader(CORPUS.resolve("numbers-in-labels.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : format.parse(reader)) {
                keys.add(r.get("document") + "," + r.get("line") + "," + r.get("printed"));
            }
        }
        return keys;
    }

    /** The digits of a printed number with its inner commas and point ("1,234.5" of "$(1,234.5)"). */
    private static String digits(String printed) {
        return printed.replaceAll("[^0-9.,]", "").replaceAll("^[.,]+|[.,]+$", "");
    }

    /** Whether the digits of a printed number of three digits or more stand as a number of the label. */
    static boolean insideLabel(String printed, String label) {
        String digits = digits(printed);
        if (digits.replaceAll("\\D", "").length() < 3) {
            return false;
        }
        return Pattern.compile("(?<![\\d.,])" + Pattern.quote(digits) + "(?![\\d]|[.,]\\d)").matcher(label).find();
    }
}
