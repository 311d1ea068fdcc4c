package org.exhibit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How rows are told apart from headings, wrapped labels joined, and totals without labels named. */
class RowReaderTest {

    /** A body line: the label, then two values right-aligned at the columns of the header below. */
    private static String row(String label, String first, String second) {
        return String.format("%-34s%7s%13s", label, first, second);
    }

    private static String text(String... body) {
        return "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n\n<TABLE>\n"
                + "                                       Year Ended\n"
                + "                                 12/31/02     12/31/01\n"
                + "<S>                               <C>          <C>\n"
                + String.join("\n", body) + "\n</TABLE>\n";
    }

    private static Table table(String... body) {
        Document document = DocumentParser.parse("t.txt", text(body).getBytes(StandardCharsets.UTF_8));
        return document.tables().get(0);
    }

    @Test
    void aLowerCaseOrConnectorContinuationJoinsTheLabelAndTheValueLineIsTheLast() {
        Table table = table(
                "Accounts receivable, net of",
                row("  allowance of $425 (2002)", "2,818", "2,737"),
                row("Inventories", "6,937", "5,710"));
        assertThat(table.rows()).extracting(Row::label)
                .containsExactly("Accounts receivable, net of allowance of $425 (2002)", "Inventories");
        assertThat(table.rows().get(0).cells()).extracting(Cell::text).containsExactly("2,818", "2,737");
    }

    @Test
    void anAllCapsLineOverIndentedRowsIsAHeadingAndATotalUnderARuleIsNamedAfterIt() {
        Table table = table(
                "OPERATING EXPENSES",
                row("  Selling", "2,838", "1,250"),
                row("  Research", "79", "46"),
                row("", "-------", "-------"),
                row("", "2,917", "1,296"),
                row("OPERATING INCOME", "393", "(384)"));
        List<Row> rows = table.rows();
        assertThat(rows).extracting(Row::label)
                .containsExactly("Selling", "Research", "Total operating expenses", "OPERATING INCOME");
        assertThat(rows).extracting(Row::section)
                .containsExactly("OPERATING EXPENSES", "OPERATING EXPENSES", "OPERATING EXPENSES", null);
        assertThat(rows.get(2).unlabeledTotal()).isTrue();
    }

    @Test
    void numbersInsideLabelsAreNotValues() {
        Table table = table(
                "Common stock, $0.10 par value, authorized 40,000",
                row("  issued 18,232 (2002) and 14,901", "1,824", "1,491"),
                row("Additional paid-in capital", "50,009", "40,343"),
                row("Accumulated deficit", "(36,031)", "(33,507)"));
        assertThat(table.rows().get(0).cells()).extracting(Cell::printed)
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("1824"), new java.math.BigDecimal("1491"));
        assertThat(table.rows().get(0).label()).isEqualTo("Common stock, $0.10 par value, authorized 40,000 issued 18,232 (2002) and 14,901");
    }

    @Test
    void aNumberUnderNoColumnIsADiagnosticNotASilentSkip() {
        String text = "STATEMENTS OF OPERATIONS\n\n<TABLE>\n            Year Ended\n          12/31/02     12/31/01\n<S>   <C>   <C>\n"
                + "Sales           100          90\n"
                + "Costs            60          50\n"
                + "Other            10          20     7\n</TABLE>\n";
        Document document = DocumentParser.parse("t.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.diagnostics()).extracting(Diagnostic::line).containsExactly(9);
        assertThat(document.diagnostics().get(0).message()).contains("\"7\"");
    }

    @Test
    void aLabelWrappedAfterItsValuesJoinsThem() {
        Table table = table(
                row("Income before cumulative effect of", "1,234", "1,000"),
                "  accounting change",
                row("Net income", "1,100", "(900)"));
        assertThat(table.rows()).extracting(Row::label)
                .containsExactly("Income before cumulative effect of accounting change", "Net income");
    }

    @Test
    void notAvailableMarksStandInTheirColumnWithoutAValueOrADiagnostic() {
        String text = "STATEMENTS OF OPERATIONS\n\n<TABLE>\n            Year Ended\n          12/31/02     12/31/01\n<S>   <C>   <C>\n"
                + "Sales           100          90\n"
                + "Royalties       n/a          20\n"
                + "Costs            60-         50 (a)\n</TABLE>\n";
        Document document = DocumentParser.parse("t.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.diagnostics()).isEmpty();
        List<Row> rows = document.tables().get(0).rows();
        assertThat(rows.get(1).cells()).extracting(Cell::column).containsExactly(1);
        assertThat(rows.get(2).cells()).extracting(c -> c.printed().toPlainString()).containsExactly("-60", "50");
    }

    @Test
    void theLettersOfANotesColumnAreNotPartOfTheLabel() {
        String text = "CONSOLIDATED STATEMENT OF EARNINGS\n\n<TABLE>\n<CAPTION>\n"
                + "For the year ended December 31:        Notes      1997      1996\n<S>   <C>   <C>\n"
                + "Selling, general and administrative    O        16,634    16,854\n"
                + "Net earnings per share                 C & R    $ 6.18   $  5.12\n"
                + "Total cost                                      47,899    45,408\n</TABLE>\n";
        Document document = DocumentParser.parse("t.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.tables().get(0).rows()).extracting(Row::label)
                .containsExactly("Selling, general and administrative", "Net earnings per share", "Total cost");
    }

    @Test
    void aCapitalHeadingWithANoteReferenceStaysOverItsSubheadings() {
        Table table = table(
                "AMOUNTS PER SHARE OF COMMON STOCK (Note 1)",
                "Basic income",
                row("     Continuing operations", "(3.02)", "3.66"),
                row("     Net income/(loss)", "(3.02)", "2.34"),
                "Diluted income",
                row("     Net income/(loss)", "(3.02)", "2.30"));
        assertThat(table.rows()).extracting(Row::label)
                .containsExactly("Continuing operations", "Net income/(loss)", "Net income/(loss)");
        assertThat(table.rows()).extracting(Row::context).containsExactly(
                "AMOUNTS PER SHARE OF COMMON STOCK (Note 1) Basic income",
                "AMOUNTS PER SHARE OF COMMON STOCK (Note 1) Basic income",
                "AMOUNTS PER SHARE OF COMMON STOCK (Note 1) Diluted income");
    }

    @Test
    void aWrappedLineEndingInAColonHeadsTheRowsBelowIt() {
        Table table = table(
                "Shares used in computing earnings (loss)",
                "per common share (in thousands):",
                row("Basic", "131,969", "125,609"),
                row("Diluted", "145,915", "125,609"));
        assertThat(table.rows()).extracting(Row::label).containsExactly("Basic", "Diluted");
        assertThat(table.rows()).extracting(Row::section).containsOnly(
                "Shares used in computing earnings (loss) per common share (in thousands)");
    }

    @Test
    void aParentheticalLineContinuesTheLabelAbove() {
        Table table = table(
                "Cumulative Effect of Accounting Change",
                row("  (net of tax benefit of $144)", "--", "(246)"),
                row("Net Earnings", "1,842", "1,962"));
        assertThat(table.rows()).extracting(Row::label).containsExactly(
                "Cumulative Effect of Accounting Change (net of tax benefit of $144)", "Net Earnings");
        assertThat(table.rows()).extracting(Row::section).containsOnlyNulls();
    }

    @Test
    void aHeadingEndingInAColonStaysOverItsSubHeadingsUntilAnotherSuchHeading() {
        Table table = table(
                "Earnings per common share:",
                "",
                "Basic",
                row("Net income", "4.03", "3.77"),
                "",
                "Diluted",
                row("Net income", "3.99", "3.73"),
                "",
                "Average shares outstanding:",
                "",
                row("Basic", "2,597", "2,606"));
        assertThat(table.rows()).extracting(Row::context).containsExactly(
                "Earnings per common share Basic", "Earnings per common share Diluted", "Average shares outstanding");
    }

    @Test
    void aRangeInAColumnIsReportedAndTheNumbersBesideItStayInTheirColumns() {
        Document document = DocumentParser.parse("t.txt", text(
                row("Net sales", "1,234", "1,100"),
                row("Cost of sales", "934", "800"),
                row("Rate of compensation increase", "4.00", "4.25-4.50")).getBytes(StandardCharsets.UTF_8));
        Row rate = document.tables().get(0).rows().get(2);
        assertThat(rate.label()).isEqualTo("Rate of compensation increase");
        assertThat(rate.cells()).extracting(Cell::text).containsExactly("4.00");
        assertThat(document.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("\"4.25-4.50\" is a range, not one value; it was not stored.");
    }

    @Test
    void aLineOfProseWithNumbersUnderTheColumnsIsNotARow() {
        Document document = DocumentParser.parse("t.txt", text(
                row("Net sales", "1,234", "1,100"),
                row("Cost of sales", "934", "800"),
                "*  The  decrease  in  combined  market share from 2000 to 2001, shown",
                "   for All Others, reflects decreases in market share.").getBytes(StandardCharsets.UTF_8));
        assertThat(document.tables().get(0).rows()).extracting(Row::label).containsExactly("Net sales", "Cost of sales");
        assertThat(document.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "A line of running text stands among the rows; its numbers were not read as values.");
    }

    @Test
    void aDashPrintedShortOfItsColumnsEdgeIsAZeroOfThatColumn() {
        Table table = table(
                row("Revenues", "-    ", "-"),
                row("General and administrative", "44,562", "75,593"),
                row("Net loss", "(44,562)", "(75,593)"));
        assertThat(table.rows().get(0).cells()).extracting(Cell::column).containsExactly(0, 1);
    }
}
