package org.exhibit.concept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.exhibit.parse.Cell;
import org.exhibit.parse.DocumentParser;
import org.exhibit.parse.Row;
import org.junit.jupiter.api.Test;

/** The unit a row's words give it when no alias says, and the concept its cells carry. */
class FactBuilderTest {

    private static String unit(String section, String label) {
        return FactBuilder.unitFromWords(new Row(1, label, section, List.of(), false, false));
    }

    @Test
    void sharesUsedInTheCalculationOfEarningsPerShareAreACountNotAnAmountPerShare() {
        assertThat(unit(null, "Common and common equivalent shares used in the calculations of earnings per share"))
                .isEqualTo("shares");
        assertThat(unit(null, "Net income per common and common equivalent share")).isEqualTo("USD/share");
        assertThat(unit("Earnings per share", "Diluted")).isEqualTo("USD/share");
    }

    @Test
    void aLabelsOwnWordsWinOverAHeadingOfShares() {
        String heading = "Number of shares on which basic earnings per share is calculated:";
        assertThat(unit(heading, "Average outstanding during year")).isEqualTo("shares");
        assertThat(unit(heading, "Net earnings effect of interest on 5.75% convertible bonds (millions)")).isEqualTo("USD");
        assertThat(unit(heading, "Macintosh CPU unit sales (in thousands)")).isEqualTo(FactBuilder.COUNT);
        assertThat(FactBuilder.unitFromWords(new Row(1, "Basic earnings (loss) per share", heading,
                List.of(new Cell(0, new java.math.BigDecimal("6.18"), "$ 6.18", 1)), false, false))).isEqualTo("USD/share");
        assertThat(unit("Number of common shares:", "(numbers in thousands) Balance at January")).isEqualTo("shares");
    }

    @Test
    void aRateOrYieldIsPureButTheEffectOfAChangeInARateAndARiskCategoryAreMoney() {
        assertThat(unit(null, "Effective tax rate")).isEqualTo("pure");
        assertThat(unit(null, "U.S. federal statutory rate")).isEqualTo("pure");
        assertThat(unit(null, "Expected dividend yield (b)")).isEqualTo("pure");
        assertThat(unit(null, "Rate of compensation increase")).isEqualTo("pure");
        assertThat(unit(null, "Effect of change in tax rate")).isEqualTo("USD");
        assertThat(unit("Value at risk", "Interest rates")).isEqualTo("USD");
        assertThat(unit(null, "Floating Rate (3% Minimum) Cumulative, Series G Preferred Stock")).isEqualTo("USD");
    }

    @Test
    void aStockRowNamingItsParValuePerShareIsAnAmountOfMoney() {
        assertThat(unit("Stockholders' equity", "Common Stock, par value $1.00 per share (464 and 454 million shares issued)"))
                .isEqualTo("USD");
        assertThat(unit(null, "Dividends per share")).isEqualTo("USD/share");
    }

    @Test
    void aPercentageInARowOfAMoneyConceptIsNotThatConcept() {
        String text = "                    CONSOLIDATED STATEMENTS OF INCOME\n\n<TABLE>\n"
                + "                                       Year Ended\n"
                + "                                 12/31/02     12/31/01\n"
                + "<S>                               <C>          <C>\n"
                + String.format("%-34s%7s%13s%n", "Net sales", "1,234", "1,100")
                + String.format("%-34s%7s%13s%n", "Net sales", "100.0%", "100.0%")
                + "</TABLE>\n";
        List<Fact> facts = FactBuilder.bundled().facts(DocumentParser.parse("t.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(facts).extracting(Fact::concept).containsExactly("Revenues", "Revenues", null, null);
        assertThat(facts).extracting(Fact::unit).containsExactly("USD", "USD", "pure", "pure");
    }

    @Test
    void aTotalWithoutALabelIsNamedByTheLabelsOfTheRowsItAddsUp() {
        String text = "                    CONSOLIDATED BALANCE SHEETS\n\n<TABLE>\n"
                + "                                  12/31/97     12/31/96\n"
                + "<S>                               <C>          <C>\n"
                + "CURRENT\n"
                + String.format("%-34s%7s%13s%n", "Cash and cash equivalents", "1,737", "1,433")
                + String.format("%-34s%7s%13s%n", "Marketable securities", "106", "225")
                + "                                  -------      -------\n"
                + String.format("%-34s%7s%13s%n", "", "1,843", "1,658")
                + String.format("%-34s%7s%13s%n", "Inventories", "959", "952")
                + "</TABLE>\n";
        List<Fact> facts = FactBuilder.bundled().facts(DocumentParser.parse("t.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(facts).filteredOn(f -> f.row().unlabeledTotal()).extracting(Fact::concept)
                .containsOnly("CashCashEquivalentsAndMarketableSecurities");
        assertThat(facts).filteredOn(f -> f.row().label().equals("Inventories")).extracting(Fact::concept)
                .containsOnly("InventoryNet");
    }

    @Test
    void aDeductionInParenthesesIsStoredPositiveWhateverANotesColumnBesideItPrints() {
        String text = "                    CONSOLIDATED STATEMENTS OF INCOME\n\n<TABLE>\n"
                + "                                                     Year Ended\n"
                + "                           Note                12/31/00     12/31/99\n"
                + "<S>                         <C>                 <C>          <C>\n"
                + "Income before tax           2(j)                  2,887        2,181\n"
                + "Corporation tax             2(k)                  (850)        (611)\n"
                + "Net income                  2(l)                  2,066        1,570\n"
                + "</TABLE>\n";
        List<Fact> facts = FactBuilder.bundled().facts(DocumentParser.parse("t.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(facts).filteredOn(f -> "IncomeTaxExpenseBenefit".equals(f.concept())).extracting(f -> f.value().intValue())
                .containsExactly(850, 611);
    }

    private static List<Fact> incomeStatement(String... rows) {
        StringBuilder text = new StringBuilder("                    CONSOLIDATED STATEMENTS OF INCOME\n\n<TABLE>\n"
                + "                                       Year Ended\n"
                + "                                 12/31/05     12/31/04\n"
                + "<S>                               <C>          <C>\n");
        for (String row : rows) {
            text.append(String.format("%-34s%7s%13s%n", row, "900", "800"));
        }
        text.append("</TABLE>\n");
        return FactBuilder.bundled().facts(DocumentParser.parse("t.txt", text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void netRevenuesBelowTotalRevenuesAndInterestExpenseAreRevenuesNetOfInterestExpense() {
        assertThat(incomeStatement("Total revenues", "Interest expense", "Net revenues", "Net income"))
                .extracting(Fact::concept).containsExactly("Revenues", "Revenues", "InterestExpense", "InterestExpense",
                        "RevenuesNetOfInterestExpense", "RevenuesNetOfInterestExpense", "NetIncomeLoss", "NetIncomeLoss");
    }

    @Test
    void netRevenuesWithoutAGrossTotalAndADeductionJustAboveAreRevenues() {
        assertThat(incomeStatement("Net revenues", "Interest expense", "Net income")).extracting(Fact::concept)
                .startsWith("Revenues", "Revenues");
        assertThat(incomeStatement("Total revenues", "Interest expense", "Net income", "Net revenues"))
                .extracting(Fact::concept).endsWith("Revenues", "Revenues");
        assertThat(incomeStatement("Interest expense", "Total revenues", "Net revenues")).extracting(Fact::concept)
                .endsWith("Revenues", "Revenues");
        assertThat(incomeStatement("Revenues", "Interest expense", "Identifiable assets", "Revenues"))
                .extracting(Fact::concept).endsWith("Revenues", "Revenues");
    }

    /** A bank's average balance sheet: each year's average balance, its interest and its yield, side by side. */
    private static List<Fact> averageBalances(String... rows) {
        StringBuilder text = new StringBuilder("                 AVERAGE BALANCES AND INTEREST RATES\n\n<TABLE>\n"
                + "                              Years Ended December 31, (Millions)\n"
                + "                                  Average    Interest   Average    Average    Interest   Average\n"
                + "                                  Balance    Income     Yield      Balance    Income     Yield\n"
                + "                                     2008       2008       2008       2007       2007       2007\n"
                + "<S>                               <C>        <C>        <C>        <C>        <C>        <C>\n");
        for (String row : rows) {
            String[] cells = row.split("\\|", -1);
            text.append(String.format("%-34s%7s%11s%11s%11s%11s%11s%n", (Object[]) cells));
        }
        text.append("</TABLE>\n");
        return FactBuilder.bundled().facts(DocumentParser.parse("t.txt", text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void columnsThatShareAPeriodGiveARowNoConceptUnlessAColumnConceptNamesOne() {
        List<Fact> facts = averageBalances("Total interest-earning assets|75,893|7,201|9.7%|65,782|7,424|11.6%",
                "Net interest income||3,646|5.0%||3,443|5.6%",
                "Total assets|132,798|||134,644||");
        assertThat(facts).extracting(f -> f.row().label(), Fact::concept, f -> f.value().toPlainString(),
                        f -> f.period().end().getYear())
                .containsExactly(
                        tuple("Total interest-earning assets", null, "75893000000", 2008),
                        tuple("Total interest-earning assets", null, "7201000000", 2008),
                        tuple("Total interest-earning assets", null, "65782000000", 2007),
                        tuple("Total interest-earning assets", null, "7424000000", 2007),
                        tuple("Net interest income", "InterestIncomeExpenseNet", "3646000000", 2008),
                        tuple("Net interest income", "InterestIncomeExpenseNet", "3443000000", 2007),
                        tuple("Total assets", "AverageAssets", "132798000000", 2008),
                        tuple("Total assets", "AverageAssets", "134644000000", 2007));
    }

    @Test
    void aColumnConceptAppliesOnlyToTheRowConceptAndColumnWordsItNames() {
        ColumnConcept average = new ColumnConcept("Average Balance", "Assets", "AverageAssets");
        assertThat(average.applies("Average Balance (a)", "Assets")).isTrue();
        assertThat(average.applies("average balances", "Assets")).isFalse();
        assertThat(average.applies("Average Balance", "Liabilities")).isFalse();
        assertThat(average.applies("Balance", "Assets")).isFalse();
    }

    @Test
    void aCountOfThingsIsPureAndTakesOnlyTheScaleThatCountsIt() {
        String text = "                 FIVE-YEAR SUMMARY\n      (in millions, except per share, headcount and ratio data)\n\n"
                + "<TABLE>\n                                       Year Ended\n                                 12/31/05     12/31/04\n"
                + "<S>                               <C>          <C>\n"
                + String.format("%-34s%7s%13s%n", "Net revenue", "54,533", "42,736")
                + String.format("%-34s%7s%13s%n", "Headcount", "168,847", "160,968")
                + "</TABLE>\n\n\n\n                 UNIT SALES\n      (unit sales in thousands)\n\n"
                + "<TABLE>\n                                       Year Ended\n                                 12/31/05     12/31/04\n"
                + "<S>                               <C>          <C>\n"
                + String.format("%-34s%7s%13s%n", "Total Macintosh unit sales", "1,016", "905")
                + "</TABLE>\n";
        List<Fact> facts = FactBuilder.bundled().facts(DocumentParser.parse("t.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(facts).extracting(f -> f.row().label(), f -> f.value().toPlainString(), Fact::unit).containsExactly(
                tuple("Net revenue", "54533000000", "USD"), tuple("Net revenue", "42736000000", "USD"),
                tuple("Headcount", "168847", "pure"), tuple("Headcount", "160968", "pure"),
                tuple("Total Macintosh unit sales", "1016000", "pure"), tuple("Total Macintosh unit sales", "905000", "pure"));
    }

    @Test
    void aSegmentsRowsUnderItsNameAreNotTheCompanysButTheTotalsRowsAre() {
        String text = "Operating Results by Segment\n(in millions)\n\n<TABLE>\n<CAPTION>\n"
                + "                                          Year Ended December\n"
                + "                                        2002          2001\n"
                + "<S>                                     <C>           <C>\n"
                + "Advisory\n"
                + "  Net revenues......................   $ 2,830       $ 3,836\n"
                + "Brokerage\n"
                + "  Net revenues......................     5,249         6,349\n"
                + "Total\n"
                + "  Net revenues......................   $ 8,079       $10,185\n"
                + "Identifiable assets\n"
                + "  Advisory..........................     1,200         1,100\n"
                + "  Total assets......................   $ 9,000       $ 8,500\n</TABLE>\n";
        List<Fact> facts = FactBuilder.bundled().facts(DocumentParser.parse("t.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(facts).filteredOn(f -> f.period().end().getYear() == 2002)
                .extracting(f -> f.row().section(), Fact::concept)
                .containsExactly(tuple("Advisory", null), tuple("Brokerage", null), tuple("Total", "Revenues"),
                        tuple("Identifiable assets", null), tuple("Identifiable assets", "Assets"));
    }

    private static List<String> read(String text) {
        return FactBuilder.bundled().facts(DocumentParser.parse("t.txt", text.getBytes(StandardCharsets.UTF_8))).stream()
                .map(f -> f.line() + " " + f.concept() + " " + f.unit() + " " + f.value().toPlainString()).toList();
    }

    /**
     * A row printed only in cents in a table in millions is an amount per share whose per-share heading was lost
     * ("Net Earnings  .63  .55" after the flat headings of an HTML table), never the money its label names.
     */
    @Test
    void aRowInCentsUnderAScaleOfMillionsIsNoMoneyConcept() {
        String text = String.join("\n",
                "                    CONSOLIDATED STATEMENT OF EARNINGS",
                "                      (in millions of dollars)",
                "",
                "                                          Three Months Ended",
                "                                          September 30, 2000",
                "                                          ------------------",
                "Net Sales                                        $4,563",
                "Net Earnings                                     $1,236",
                "Basic",
                "Net Earnings                                        .63",
                "Diluted",
                "Net Earnings                                        .62",
                "");
        assertThat(read(text)).containsExactly("7 Revenues USD 4563000000", "8 NetIncomeLoss USD 1236000000",
                "10 null USD/share 0.63", "12 null USD/share 0.62");
    }

    /**
     * "Income taxes" among the operating items of a cash flow statement is the change in taxes payable, not the
     * income tax expense; taxes paid are their own concept.
     */
    @Test
    void incomeTaxesInACashFlowStatementAreAChangeNotTheExpense() {
        String text = String.join("\n",
                "                CONSOLIDATED STATEMENT OF CASH FLOWS",
                "                      (in millions of dollars)",
                "",
                "                                          Three Months Ended",
                "                                            March 31, 1999",
                "                                          ------------------",
                "Net earnings                                     $1,066",
                "Receivables                                         (14)",
                "Income taxes                                        258",
                "Net Cash Provided by Operating Activities           721",
                "Cash paid for:",
                "   Income taxes                                     301",
                "");
        assertThat(read(text)).containsExactly("7 NetIncomeLoss USD 1066000000", "8 null USD -14000000",
                "9 IncreaseDecreaseInIncomeTaxes USD 258000000",
                "10 NetCashProvidedByUsedInOperatingActivities USD 721000000", "12 IncomeTaxesPaid USD 301000000");
    }

    /** Pretax income of continuing operations is pretax income; discontinued operations' earnings are theirs. */
    @Test
    void discontinuedOperationsEarningsAreNotTheCompanysNetIncome() {
        String text = String.join("\n",
                "                    CONSOLIDATED STATEMENT OF EARNINGS",
                "                      (in millions of dollars)",
                "",
                "                                          Three Months Ended",
                "                                          September 30, 2000",
                "                                          ------------------",
                "Earnings from Continuing Operations",
                "   Before Income Taxes                           $1,141",
                "Provision for income taxes                          248",
                "Discontinued Operations",
                "   Net earnings                                     103",
                "   Net gain on disposal                             240",
                "Net Earnings                                     $1,236",
                "");
        assertThat(read(text)).containsExactly("8 IncomeLossBeforeIncomeTaxes USD 1141000000",
                "9 IncomeTaxExpenseBenefit USD 248000000", "11 IncomeLossFromDiscontinuedOperationsNetOfTax USD 103000000",
                "12 DiscontinuedOperationGainLossOnDisposal USD 240000000", "13 NetIncomeLoss USD 1236000000");
    }
}
