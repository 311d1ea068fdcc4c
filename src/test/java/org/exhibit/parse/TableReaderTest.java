package org.exhibit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The title block read above a table. */
class TableReaderTest {

    @Test
    void aLongLineStartingWithAStatementsNameIsATitleNotProse() {
        String text = "Consolidated Balance Sheets at December 31 (after profit appropriation)\n"
                + "In accordance with Dutch Accounting Principles\n\nAmounts in million EUR\n\n<TABLE>\n<CAPTION>\n"
                + "                                                  2000          1999\n"
                + "<S>                                           <C>           <C>\n"
                + "Real estate                                      2,116         2,559\n"
                + "Other financial investments                    117,294       106,401\n"
                + "Total assets                                   244,216       228,808\n</TABLE>\n";
        Table table = DocumentParser.parse("t.txt", text.getBytes(StandardCharsets.UTF_8)).tables().get(0);
        assertThat(table.title()).startsWith("Consolidated Balance Sheets at December 31");
        assertThat(table.kind()).isEqualTo(StatementKind.BALANCE);
        assertThat(table.columns()).extracting(Column::period).containsExactly(
                Period.instant(LocalDate.of(2000, 12, 31)), Period.instant(LocalDate.of(1999, 12, 31)));
    }

    @Test
    void runningTextIsNoTitleEvenWhenItNamesAStatement() {
        assertThat(TableReader.namesAStatementFirst("Deferred income taxes reflect the net effects of temporary"))
                .isFalse();
        assertThat(TableReader.namesAStatementFirst("The Firm's Income before income tax expense, Income tax expense and"
                + " effective tax rate were as follows:")).isFalse();
    }

    /** An annual report without an SEC header whose income statement runs over two pages, years alone over its columns. */
    static final String DUTCH_STATEMENTS = "                                   FORM 20-F\n"
            + "For the fiscal year ended                December 31, 2000\n\n"
            + "Consolidated Income Statements\nIn accordance with Dutch Accounting Principles\n\nAmounts in million EUR\n\n"
            + "<TABLE>\n<CAPTION>\n"
            + "Technical Account Life Insurance            Note               2000           1999\n"
            + "<S>                                         <C>                <C>            <C>\n"
            + "Gross premiums                              2(a)             17,983         12,802\n"
            + "Investment income                           2(c)              9,182          6,308\n"
            + "Result technical account life                                 2,063          1,408\n"
            + "</TABLE>\n\n                                      -78-\n\nNon-Technical Account\n\n"
            + "<TABLE>\n<CAPTION>\n"
            + "                                            Note               2000           1999\n"
            + "<S>                                         <C>                <C>            <C>\n"
            + "Income before tax                           2(j)              2,887          2,181\n"
            + "Corporation tax                             2(k)               (850)          (611)\n"
            + "Net income                                                    2,066          1,570\n"
            + "</TABLE>\n";

    @Test
    void aStatementsNextPageWithoutTitleOrScaleContinuesItAndBareYearsAreTheFiscalYearsOfTheCoverPage() {
        Document document = DocumentParser.parse("t.txt", DUTCH_STATEMENTS.getBytes(StandardCharsets.UTF_8));
        Table next = document.tables().get(1);
        assertThat(next.kind()).isEqualTo(StatementKind.INCOME);
        assertThat(next.title()).endsWith("Amounts in million EUR / Non-Technical Account");
        assertThat(next.scale().multiplier()).isEqualByComparingTo("1000000");
        assertThat(next.scale().currency()).isEqualTo("EUR");
        assertThat(next.columns()).extracting(Column::period).containsExactly(null,
                Period.ending(LocalDate.of(2000, 12, 31), 12, false), Period.ending(LocalDate.of(1999, 12, 31), 12, false));
    }

    @Test
    void aTableAfterAStatementOnTheSamePageIsNoContinuation() {
        Document document = DocumentParser.parse("t.txt", DUTCH_STATEMENTS.replace("-78-", "").getBytes(StandardCharsets.UTF_8));
        assertThat(document.tables().get(1).kind()).isEqualTo(StatementKind.OTHER);
    }

    @Test
    void theFiscalYearEndIsReadFromTheCoverPage() {
        assertThat(HeaderReader.fiscalYearEnded(Lines.of(DUTCH_STATEMENTS))).isEqualTo(LocalDate.of(2000, 12, 31));
        assertThat(HeaderReader.fiscalYearEnded(Lines.of("For the quarterly period ended March 31, 2001\n"))).isNull();
    }

    @Test
    void aTableWhoseEndTagComesOnlyAfterTheNotesEndsWhereTheirParagraphsBegin() {
        String text = "           CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS\n                (in millions)\n\n<TABLE>\n"
                + "<CAPTION>\n                                              NINE MONTHS ENDED\n"
                + "                                         JULY 1, 2000     JUNE 26, 1999\n"
                + "<S>                                          <C>              <C>\n"
                + "Net income                                     $616             $490\n"
                + "Cash generated by operating activities          668              580\n\n"
                + "     NOTE 2 - EARNINGS PER SHARE\n\n"
                + "     Basic earnings per share is computed by dividing income available to common\n"
                + "     shareholders by the weighted-average number of shares of common stock\n"
                + "     outstanding during the period. Diluted earnings per share is computed by\n"
                + "     dividing income available to common shareholders by the weighted-average\n\n"
                + "                                  THREE MONTHS ENDED           NINE MONTHS ENDED\n"
                + "                                  7/1/00      6/26/99        7/1/00      6/26/99\n\n"
                + "     Net income                      $200        $203           $616        $490\n"
                + "     Basic earnings per share       $0.62       $0.70          $1.90       $1.77\n"
                + "     Diluted earnings per share     $0.55       $0.60          $1.71       $1.49\n"
                + "</TABLE>\n";
        Document document = DocumentParser.parse("t.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.tables()).hasSize(2);
        assertThat(document.tables().get(0).rows()).extracting(Row::label)
                .containsExactly("Net income", "Cash generated by operating activities");
        assertThat(document.tables().get(0).columns()).extracting(c -> c.period().end())
                .containsExactly(LocalDate.of(2000, 7, 1), LocalDate.of(1999, 6, 26));
        assertThat(document.tables().get(1).columns()).extracting(c -> c.period().months()).containsExactly(3, 3, 9, 9);
        assertThat(document.tables().get(1).rows()).extracting(Row::label)
                .containsExactly("Net income", "Basic earnings per share", "Diluted earnings per share");
    }

    @Test
    void tablesUnderOneNoteHeadingShareTheScaleItPrintsOnce() {
        String table = "<TABLE>\n<CAPTION>\n%s                                          06/26/99        9/25/98\n"
                + "<S>                                                          <C>            <C>\n"
                + "         %-40s $   %3s        $  %3s\n</TABLE>\n";
        String text = "regarding the outstanding preferred stock and employee stock options, see the\n1998 Form 10-K.\n\n"
                + "Note 3 - Consolidated Financial Statement Details (in millions)\n\n"
                + String.format(table, "Inventories  ", "Total inventories", "7", "78") + "\n"
                + String.format(table, "Accrued Items", "Total accrued expenses", "747", "801")
                + "\nAmounts below are in units.\n\n"
                + String.format(table, "Employees    ", "Total employees", "900", "950");
        Document document = DocumentParser.parse("t.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.tables()).extracting(t -> t.scale().multiplier().toPlainString())
                .containsExactly("1000000", "1000000", "1");
    }

    @Test
    void aLineOpeningWithTheScaleIsPartOfTheTitleNotRunningText() {
        assertThat(TableReader.statesScale("In millions, except per common share and selected data and financial ratios"))
                .isTrue();
        assertThat(TableReader.statesScale("Note 3 - Consolidated Financial Statement Details (in millions)")).isTrue();
        assertThat(TableReader.statesScale("The increase in net revenues came from all regions, as the table shows.")).isFalse();
        String text = "Selected Financial Data\nIn millions, except per common share and selected data and financial ratios\n"
                + "<TABLE>\n                                   Year ended November 30,\n"
                + "                                        2005          2004\n"
                + "<S>                                     <C>           <C>\n"
                + "Net revenues                          14,630        11,576\n</TABLE>\n";
        Table table = DocumentParser.parse("t.txt", text.getBytes(StandardCharsets.UTF_8)).tables().get(0);
        assertThat(table.scale().multiplier()).isEqualByComparingTo("1000000");
    }

    /** A caption run on into ten years of column headings, as a ten-year summary prints it. */
    static final String TEN_YEARS = tenYears();

    private static String tenYears() {
        StringBuilder years = new StringBuilder();
        StringBuilder sales = new StringBuilder();
        for (int year = 1999; year > 1989; year--) {
            years.append(String.format("%12d", year));
            sales.append(String.format("%,12d", 1200 + (1999 - year) * 7));
        }
        return "ACME INDUSTRIES INC.\n\nELEVEN-YEAR SUMMARY\n\n"
                + "(Dollars in millions, except per share amounts      " + years + "\n\n"
                + String.format("%-46s", "Net sales") + sales + "\n"
                + String.format("%-46s", "Cost of sales") + sales + "\n"
                + String.format("%-46s", "Net income") + sales + "\n";
    }

    @Test
    void aScaleCaptionRunOnIntoTheYearsKeepsOnlyItsOwnWords() {
        Table table = DocumentParser.parse("t.txt", TEN_YEARS.getBytes(StandardCharsets.UTF_8)).tables().get(0);
        assertThat(table.scale().multiplier()).isEqualByComparingTo("1000000");
        assertThat(table.scale().phrase()).isEqualTo("in millions, except per share amounts");
    }

    /**
     * A notes table stating no scale is printed in the scale of its page's running heading ("(dollars in millions)"
     * under the company's name), not in units; a page without such a heading leaves it in units.
     */
    @Test
    void aTableWithoutAScaleTakesTheScaleOfItsPagesRunningHeading() {
        String page = String.join("\n",
                "<PAGE>",
                "",
                "                     ACME INDUSTRIES",
                "              NOTES TO CONSOLIDATED FINANCIAL STATEMENTS",
                "                        (dollars in millions)",
                "",
                "In 1994, the Company acquired a leading manufacturer of professional hair care products",
                "sold exclusively in beauty salons, and completed the sale of two businesses.",
                "",
                "Note 3  OTHER INCOME AND EXPENSES",
                "",
                "                                                     Year Ended December 31,",
                "                                                     -----------------------",
                "                                                     1996      1995     1994",
                "                                                     ----      ----     ----",
                "Interest income                                      $ 95      $139     $124",
                "Interest expense                                      (78)      (97)     (68)",
                "Other - net                                            43         5       28",
                "");
        Table table = DocumentParser.parse("t.txt", page.getBytes(StandardCharsets.UTF_8)).tables().get(0);
        assertThat(table.scale().multiplier()).isEqualByComparingTo("1000000");
        Table unscaled = DocumentParser.parse("t.txt", page.replace("(dollars in millions)", "")
                .getBytes(StandardCharsets.UTF_8)).tables().get(0);
        assertThat(unscaled.scale().multiplier()).isEqualByComparingTo("1");
    }
}
