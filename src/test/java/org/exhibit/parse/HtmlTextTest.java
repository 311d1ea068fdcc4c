package org.exhibit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.exhibit.concept.FactBuilder;
import org.junit.jupiter.api.Test;

/**
 * How {@link HtmlText} lays HTML out as text: split number cells, colspan headers, stacked dates, a duration split
 * over two cells, dates completed from the title or from a header cell over the labels, and source lines.
 */
class HtmlTextTest {

    private static final Path SYNTHETIC = Path.of("src/test/resources/html/synthetic");

    /** Regenerate on purpose only, with {@code -Dexhibit.golden.update=true}, and read the diff. */
    @Test
    void splitCellsColspanHeadersAndStackedDatesRenderAsTheGoldenText() throws IOException {
        String actual = numbered(HtmlText.lines(Files.readString(SYNTHETIC.resolve("split-cells.html"))));
        Path golden = SYNTHETIC.resolve("split-cells.txt");
        if (Boolean.getBoolean("exhibit.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void theParserReadsTheRenderedTablesIntoFacts() throws IOException {
        Lines lines = HtmlText.lines(Files.readString(SYNTHETIC.resolve("split-cells.html")));
        Document document = DocumentParser.parse("split-cells.html", lines);
        List<String> facts = FactBuilder.bundled().facts(document).stream()
                .map(f -> f.line() + " " + f.concept() + " " + f.period() + " " + f.value().toPlainString())
                .toList();
        assertThat(facts).containsExactly(
                "9 Revenues 3 months ended 2003-03-31 1234000",
                "9 Revenues 3 months ended 2002-03-31 1000000",
                "10 InterestExpense 3 months ended 2003-03-31 56000",
                "10 InterestExpense 3 months ended 2002-03-31 7000",
                "12 NetIncomeLoss 3 months ended 2003-03-31 -1178000",
                "12 NetIncomeLoss 3 months ended 2002-03-31 993000",
                "13 EarningsPerShareDiluted 3 months ended 2003-03-31 -0.12",
                "13 EarningsPerShareDiluted 3 months ended 2002-03-31 0.1",
                "20 Assets at 2003-03-31 5000000",
                "20 Assets at 2002-12-31 4500000",
                "26 NetIncomeLoss 12 months ended 2003-12-31 -1178",
                "26 NetIncomeLoss 12 months ended 2002-12-31 993",
                "33 Revenues 6 months ended 2002-06-30 14100",
                "33 Revenues 6 months ended 2001-06-30 12400",
                "38 Revenues 12 months ended 2002-06-30 28365",
                "38 Revenues 12 months ended 2001-06-30 25296");
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void theHtmlOfASubmissionKeepsItsLinesInTheWholeFile() {
        String submission = "<DOCUMENT>\n<TYPE>10-Q\n<TEXT>\n<HTML><BODY>\n<P>Quarterly\nreport</P>\n</BODY></HTML>\n"
                + "</TEXT>\n</DOCUMENT>\n";
        Lines lines = HtmlText.lines(submission);
        assertThat(lines.text()).containsExactly("Quarterly report");
        assertThat(lines.number(0)).isEqualTo(5);
    }

    @Test
    void aTableWithoutNumbersIsProse() {
        Lines lines = HtmlText.lines("<table><tr><td>Washington</td><td>91-1144442</td></tr></table>");
        assertThat(lines.text()).containsExactly("Washington  91-1144442");
    }

    @Test
    void aTextFilingWrappedInHtmlIsReadLineForLine() {
        String wrapped = "<html><body><div>\nSTATEMENTS OF INCOME\n<TABLE>\n<S>          <C>\n"
                + "Net sales    1,234\n</TABLE>\n</div></body></html>";
        Lines lines = HtmlText.lines(wrapped);
        assertThat(lines.text()).isEqualTo(Lines.of(wrapped).text());
        assertThat(lines.number(4)).isEqualTo(5);
    }

    private static String numbered(Lines lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.number(i) + "|" + lines.get(i));
        }
        return String.join("\n", out) + "\n";
    }

    @Test
    void aSuperscriptNumberInACellIsAFootnoteMarkNotADigitOfTheValue() {
        Lines lines = HtmlText.lines("<table><tr><td>Valuation allowance</td><td>$</td><td>1<sup> 2</sup></td>"
                + "<td>$</td><td>15</td></tr><tr><td>Other claims</td><td>$</td><td>167<sup>3</sup></td><td>$</td>"
                + "<td>471</td></tr></table>");
        Document document = DocumentParser.parse("t.htm", lines);
        assertThat(document.tables().get(0).rows()).extracting(r -> r.cells().stream()
                .map(c -> c.printed().toPlainString()).toList())
                .containsExactly(List.of("1", "15"), List.of("167", "471"));
    }

    @Test
    void aSourceLineIsCountedFromTheOffsetWhereJsoupsLineNumberDrifts() {
        SourceLines source = SourceLines.of("<p>\nfirst\n</p>\n<p>second</p>\n");
        assertThat(source.line(new org.jsoup.nodes.Range.Position(4, 9, 1))).isEqualTo(2);
        assertThat(source.line(new org.jsoup.nodes.Range.Position(16, 9, 1))).isEqualTo(4);
        assertThat(source.line(new org.jsoup.nodes.Range.Position(-1, 7, 1))).isEqualTo(7);
    }
}
