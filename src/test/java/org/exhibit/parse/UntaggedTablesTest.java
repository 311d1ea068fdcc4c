package org.exhibit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.exhibit.concept.Fact;
import org.exhibit.concept.FactBuilder;
import org.junit.jupiter.api.Test;

/** Tables laid out without any tags, with stacked headers and a percent column, as many press releases print them. */
class UntaggedTablesTest {

    private static Document release() throws Exception {
        Path file = Path.of("src/test/resources/parse/untagged-release.txt");
        return DocumentParser.parse(file.getFileName().toString(), Files.readAllBytes(file));
    }

    @Test
    void bothStatementsAreFoundWithTheirKindsScalesAndPeriods() throws Exception {
        Document document = release();
        assertThat(document.tables()).extracting(Table::kind).containsExactly(StatementKind.INCOME, StatementKind.BALANCE);
        Table income = document.tables().get(0);
        assertThat(income.title()).isEqualTo("ACME WIDGET CORPORATION / CONDENSED CONSOLIDATED STATEMENTS OF INCOME"
                + " / (In thousands, except per share amounts) / (Unaudited)");
        assertThat(income.scale().multiplier()).isEqualByComparingTo("1000");
        assertThat(income.columns()).extracting(Column::role).containsExactly(
                Column.Role.PERIOD, Column.Role.PERIOD, Column.Role.PERIOD, Column.Role.PERIOD, Column.Role.PERCENT);
        assertThat(income.columns().subList(0, 4)).extracting(Column::period).containsExactly(
                Period.ending(LocalDate.of(2003, 6, 30), 3, false), Period.ending(LocalDate.of(2002, 6, 30), 3, false),
                Period.ending(LocalDate.of(2003, 6, 30), 6, false), Period.ending(LocalDate.of(2002, 6, 30), 6, false));
        assertThat(document.tables().get(1).columns()).extracting(Column::period).containsExactly(
                Period.instant(LocalDate.of(2003, 6, 30)), Period.instant(LocalDate.of(2002, 12, 31)));
        assertThat(document.filing().ticker()).isEqualTo("AWC");
        assertThat(document.filing().released()).isEqualTo(LocalDate.of(2003, 7, 22));
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void everyPeriodNumberBecomesAFactAndThePercentColumnDoesNot() throws Exception {
        List<Fact> facts = FactBuilder.bundled().facts(release());
        assertThat(facts.size()).isEqualTo(12 * 4 + 10 * 2);
        assertThat(facts.stream().filter(f -> f.concept() == null).map(f -> f.row().label()).distinct()).isEmpty();
        assertThat(facts).filteredOn(f -> f.concept().equals("SellingGeneralAndAdministrativeExpense"))
                .extracting(f -> f.row().label()).containsOnly("Selling, general and administrative expenses");
        assertThat(facts).filteredOn(f -> f.concept().equals("InterestExpense") && f.period().months() == 6)
                .extracting(f -> f.value().toPlainString()).containsExactly("1030000", "1220000");
        assertThat(facts).filteredOn(f -> f.concept().equals("EarningsPerShareDiluted") && f.period().months() == 3)
                .extracting(f -> f.value().toPlainString()).containsExactly("0.4", "0.29");
        assertThat(facts).filteredOn(f -> f.concept().equals("Assets"))
                .extracting(f -> f.value().toPlainString()).containsExactly("101900000", "97559000");
    }

    /** Found by the generated corpus: lines ending in an em dash (a zero) broke an untagged table in two. */
    @Test
    void linesEndingInAnEmDashZeroStayInTheTable() {
        String text = String.join("\n",
                "                   CONSOLIDATED STATEMENTS OF CASH FLOWS",
                "                             (in thousands)",
                "",
                "                                               Three Months Ended",
                "                                                  September 30,",
                "                                                2006         2005",
                "                                          ----------   ----------",
                "  Net cash used in investing activities        (364)      (1,028)",
                "",
                "Cash flows from financing activities:",
                "  Proceeds from borrowings                        2            \u2014",
                "  Repayments of long-term debt                  (26)           \u2014",
                "                                          ----------   ----------",
                "  Net cash used in financing activities         (24)           \u2014",
                "                                          ----------   ----------",
                "Net decrease in cash and cash equivalents      (388)      (1,028)",
                "");
        List<Fact> facts = FactBuilder.bundled().facts(DocumentParser.parse("em-dash.txt",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(facts).filteredOn(f -> "NetCashProvidedByUsedInFinancingActivities".equals(f.concept()))
                .extracting(f -> f.period().end() + " " + f.value().toPlainString() + " line " + f.line())
                .containsExactly("2006-09-30 -24000 line 14", "2005-09-30 0 line 14");
        assertThat(facts).filteredOn(f -> "CashAndCashEquivalentsPeriodIncreaseDecrease".equals(f.concept()))
                .extracting(f -> f.period().end() + " " + f.value().toPlainString() + " line " + f.line())
                .containsExactly("2006-09-30 -388000 line 16", "2005-09-30 -1028000 line 16");
    }

    /**
     * A balance sheet without tags that a heading and wrapped labels ("Stockholders' Equity:", "Common stock ...
     * 540,194,751 in 1996") split in two: the part below, which dates none of its columns, continues the part above
     * with its periods, kind and scale, and its first "Total" is not named total assets.
     */
    @Test
    void aStatementSplitByAHeadingIsReadWithThePeriodsOfItsFirstPart() {
        Path file = Path.of("src/test/resources/parse/untagged-split-balance.txt");
        Document document;
        try {
            document = DocumentParser.parse(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> facts = FactBuilder.bundled().facts(document).stream()
                .filter(f -> f.concept() != null && f.period().end().equals(LocalDate.of(1996, 3, 31)))
                .map(f -> f.line() + " " + f.concept() + " " + f.value().toBigInteger()).toList();
        assertThat(facts).contains("23 RetainedEarningsAccumulatedDeficit 8264000000",
                "28 StockholdersEquity 5901000000", "30 LiabilitiesAndStockholdersEquity 9299000000");
        assertThat(facts).noneMatch(f -> f.contains(" Assets "));
    }

    /**
     * A section caption printed beside the rule under the years ("EARNINGS   -------   -------") belongs to the header:
     * the title and scale above the header ("in millions of dollars") still reach the statement.
     */
    @Test
    void aCaptionBesideTheRuleUnderTheYearsKeepsTheTitleAndScaleAbove() {
        String text = String.join("\n",
                "                          ACME INDUSTRIES",
                "                  CONSOLIDATED STATEMENT OF EARNINGS",
                "        (Unaudited, in millions of dollars except per share amounts)",
                "",
                "",
                "                                                   Three Months Ended",
                "                                                        March 31,",
                "                                                  -------------------",
                "                                                     1999       1998",
                "   EARNINGS                                       --------   --------",
                "   --------",
                "",
                "Net Sales                                           $4,854    $4,446",
                "Cost of products sold                                1,305     1,152",
                "Earnings Before Income Taxes                         1,476     1,292",
                "Net Earnings                                        $1,066     $ 927",
                "");
        Document document = DocumentParser.parse("caption-rule.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(document.tables()).hasSize(1);
        assertThat(document.tables().get(0).scale().multiplier()).isEqualByComparingTo("1000000");
        assertThat(FactBuilder.bundled().facts(document)).filteredOn(f -> "Revenues".equals(f.concept()))
                .extracting(f -> f.period().end() + " " + f.value().toPlainString())
                .containsExactly("1999-03-31 4854000000", "1998-03-31 4446000000");
    }
}
