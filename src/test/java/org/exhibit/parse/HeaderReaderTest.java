package org.exhibit.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scales and periods from the words above a table. */
class HeaderReaderTest {

    @Test
    void thousandsScaleMoneyAndSharesUnlessShareDataIsExcepted() {
        Scale perShare = ScaleReader.scale("(000's except per share data)");
        assertThat(perShare.multiplier()).isEqualByComparingTo("1000");
        assertThat(perShare.appliesToShares()).isTrue();

        Scale shareData = ScaleReader.scale("(in thousands except for share data)");
        assertThat(shareData.multiplier()).isEqualByComparingTo("1000");
        assertThat(shareData.appliesToShares()).isFalse();

        assertThat(ScaleReader.scale("(in millions, except share and per share amounts)").appliesToShares()).isFalse();
        assertThat(ScaleReader.scale("(Dollars in millions)").multiplier()).isEqualByComparingTo("1000000");
        assertThat(ScaleReader.scale("CONSOLIDATED BALANCE SHEETS")).isEqualTo(Scale.UNITS);
    }

    @Test
    void aScaleWordOpeningAParenthesisIsTheTablesScale() {
        Scale millions = ScaleReader.scale("Years Ended December 31, (Millions, except percentages)");
        assertThat(millions.multiplier()).isEqualByComparingTo("1000000");
        assertThat(ScaleReader.scale("($ Thousands)").multiplier()).isEqualByComparingTo("1000");
        assertThat(ScaleReader.scale("Number of employees (thousand of hours)")).isEqualTo(Scale.UNITS);
        assertThat(ScaleReader.scale("CONSOLIDATED TOTAL ASSETS (In billions)").multiplier()).isEqualByComparingTo("1000000000");
        assertThat(ScaleReader.scale("(in millions, except assets under custody in billions)").multiplier())
                .isEqualByComparingTo("1000000");
    }

    @Test
    void aSingleColumnUnderNoDateTakesTheTitlesDate() {
        List<String> header = List.of("                                24HOLDINGS INC.", "                                 BALANCE SHEET",
                "                               December 31, 2007", "", "                                     ASSETS");
        List<Column> columns = HeaderReader.columns(List.of(new int[] {58, 72, 72}), header, "", StatementKind.BALANCE);
        assertThat(columns).extracting(Column::period).containsExactly(Period.instant(LocalDate.of(2007, 12, 31)));
        List<Column> two = HeaderReader.columns(List.of(new int[] {70, 80, 80}, new int[] {90, 100, 100}), header, "",
                StatementKind.BALANCE);
        assertThat(two).extracting(Column::period).containsOnlyNulls();
    }

    @Test
    void aMonthsLastDayPrintedOverTheYearsIsNotMovedToANearbyDateOfTheDocument() {
        List<String> header = List.of("                              Years ended December 31",
                "                               1998          1997");
        List<int[]> spans = List.of(new int[] {28, 36, 36}, new int[] {42, 50, 50});
        List<Column> columns = HeaderReader.columns(spans, header, "", StatementKind.INCOME,
                List.of(LocalDate.of(1999, 1, 1), LocalDate.of(1998, 1, 1)));
        assertThat(columns).extracting(c -> c.period().end())
                .containsExactly(LocalDate.of(1998, 12, 31), LocalDate.of(1997, 12, 31));
    }

    @Test
    void eachColumnTakesTheDateAboveItAndTheNearestDuration() {
        List<String> header = List.of(
                "                                                Three Months Ended               Nine Months Ended",
                "                                            08/30/03         08/31/02        08/30/03         08/31/02");
        List<int[]> spans = List.of(new int[] {45, 53, 53}, new int[] {57, 65, 65}, new int[] {79, 87, 87}, new int[] {91, 99, 99});
        List<Column> columns = HeaderReader.columns(spans, header, "", StatementKind.INCOME);
        assertThat(columns).extracting(c -> c.period().months()).containsExactly(3, 3, 9, 9);
        assertThat(columns).extracting(c -> c.period().end()).containsExactly(
                LocalDate.of(2003, 8, 30), LocalDate.of(2002, 8, 31), LocalDate.of(2003, 8, 30), LocalDate.of(2002, 8, 31));
        assertThat(columns.get(2).period().start()).isEqualTo(LocalDate.of(2002, 12, 1));
    }

    @Test
    void aBalanceSheetHasInstantsAndWeekCountsBecomeMonths() {
        List<int[]> spans = List.of(new int[] {48, 56, 56});
        assertThat(HeaderReader.columns(spans, List.of("                                                03/01/03"), "",
                StatementKind.BALANCE).get(0).period()).isEqualTo(Period.instant(LocalDate.of(2003, 3, 1)));
        assertThat(HeaderReader.marks(List.of("Thirteen Weeks Ended", "52 weeks ended", "Year Ended")))
                .extracting(HeaderReader.Mark::months).containsExactly(3, 12, 12);
    }

    @Test
    void calendarMonthsWhenPeriodsEndOnMonthEnds() {
        assertThat(Period.ending(LocalDate.of(2003, 6, 30), 3, false).start()).isEqualTo(LocalDate.of(2003, 4, 1));
        assertThat(Period.ending(LocalDate.of(2003, 3, 1), 3, true).start()).isEqualTo(LocalDate.of(2002, 12, 1));
    }

    @Test
    void yearColumnsTakeTheirMonthAndDayFromTheTitle() {
        List<int[]> spans = List.of(new int[] {58, 68, 68}, new int[] {72, 82, 82});
        List<String> header = List.of("(DOLLARS IN THOUSANDS EXCEPT PER SHARE DATA)                 2000          1999");
        assertThat(HeaderReader.columns(spans, header, "CONSOLIDATED INCOME STATEMENTS / FOR THREE YEARS ENDED DECEMBER 31, 2000",
                StatementKind.INCOME)).extracting(Column::period).containsExactly(
                Period.ending(LocalDate.of(2000, 12, 31), 12, false), Period.ending(LocalDate.of(1999, 12, 31), 12, false));
        assertThat(HeaderReader.columns(spans, header, "CONSOLIDATED BALANCE SHEETS / AS OF DECEMBER 31, 2000 AND JANUARY 2, 2000",
                StatementKind.BALANCE)).extracting(Column::period).containsExactly(
                Period.instant(LocalDate.of(2000, 12, 31)), Period.instant(LocalDate.of(2000, 1, 2)));
    }

    @Test
    void aDateWithNoSpaceAfterItsCommaIsStillADate() {
        List<int[]> spans = List.of(new int[] {84, 90, 90}, new int[] {105, 111, 111});
        List<String> header = List.of(
                "                                                                                    JULY 1, 2000    SEPTEMBER 25,1999");
        assertThat(HeaderReader.columns(spans, header, "", StatementKind.BALANCE)).extracting(Column::period).containsExactly(
                Period.instant(LocalDate.of(2000, 7, 1)), Period.instant(LocalDate.of(1999, 9, 25)));
    }

    @Test
    void theCalendarHasTheDayACoverPageSaysTheYearEndedOnButNotOtherDatesOfProse() {
        Lines lines = Lines.of("ANNUAL REPORT ON FORM 10-K FOR THE FISCAL YEAR ENDED NOVEMBER 29, 2002 AS FILED WITH THE SEC\n"
                + "The agreement was signed on December 3, 2002 by the parties named in the exhibit list below.\n"
                + "                                   As of March 31, 2003\n");
        assertThat(HeaderReader.calendar(lines)).containsExactly(LocalDate.of(2002, 11, 29), LocalDate.of(2003, 3, 31));
    }

    @Test
    void stackedMonthDayOverYearsAndAMonthWithoutDay() {
        List<int[]> spans = List.of(new int[] {40, 48, 48}, new int[] {52, 60, 60});
        List<String> header = List.of(
                "                                       Year Ended December",
                "                                          2003        2002");
        assertThat(HeaderReader.columns(spans, header, "", StatementKind.INCOME)).extracting(Column::period).containsExactly(
                Period.ending(LocalDate.of(2003, 12, 31), 12, false), Period.ending(LocalDate.of(2002, 12, 31), 12, false));
    }

    @Test
    void yearsOfAFiftyTwoWeekCalendarEndOnTheSameWeekdayNearestTheStatedDay() {
        List<int[]> spans = List.of(new int[] {83, 92, 92}, new int[] {94, 103, 103}, new int[] {105, 114, 114});
        List<String> header = List.of("THREE FISCAL YEARS ENDED SEPTEMBER 26, 1997                                          1997       1996       1995");
        assertThat(HeaderReader.columns(spans, header, "CONSOLIDATED STATEMENTS OF OPERATIONS", StatementKind.INCOME))
                .extracting(c -> c.period().end()).containsExactly(
                        LocalDate.of(1997, 9, 26), LocalDate.of(1996, 9, 27), LocalDate.of(1995, 9, 29));
        assertThat(HeaderReader.sameFiscalDay(LocalDate.of(2000, 12, 31), 1998)).isEqualTo(LocalDate.of(1998, 12, 31));
    }

    @Test
    void anInceptionToDateColumnRunsFromInceptionToItsEnd() {
        List<String> header = List.of(
                "                                                       Year Ended           March 28, 2005",
                "                                                      September 30,         (Date of",
                "                                                                            Inception) to",
                "                                                                            September 30,",
                "                                                          2008                  2008");
        List<int[]> spans = List.of(new int[] {55, 63, 63}, new int[] {75, 84, 84});
        List<Column> columns = HeaderReader.columns(spans, header, "", StatementKind.INCOME);
        assertThat(columns.get(0).period()).isEqualTo(Period.ending(LocalDate.of(2008, 9, 30), 12, false));
        assertThat(columns.get(1).period()).isEqualTo(new Period(LocalDate.of(2005, 3, 28), LocalDate.of(2008, 9, 30), 42));
    }

    @Test
    void theWordsOverEachColumnAreItsMeasureAndAYieldColumnIsNoPeriod() {
        List<String> header = List.of(
                String.format("%30s%-15s%5s%-15s%5s%-15s", "", "Average Balance", "", "Interest Income", "", "Average Yield"),
                String.format("%36s%4s%16s%4s%16s%4s", "", "2008", "", "2008", "", "2008"));
        List<int[]> spans = List.of(new int[] {30, 45, 45}, new int[] {50, 65, 65}, new int[] {70, 85, 85});
        List<Column> columns = HeaderReader.columns(spans, header, "Years Ended December 31", StatementKind.OTHER);
        Period year = new Period(LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31), 12);
        assertThat(columns).extracting(Column::period, Column::role, Column::measure).containsExactly(
                tuple(year, Column.Role.PERIOD, "Average Balance"),
                tuple(year, Column.Role.PERIOD, "Interest Income"),
                tuple(null, Column.Role.PERCENT, "Average Yield"));
    }

    @Test
    void aPhraseRepeatedOverEachColumnItSpansIsEachColumnsMeasure() {
        List<String> header = List.of(String.format("%30s%s", "", "Average Balance (a) Average Balance (a)"));
        List<int[]> spans = List.of(new int[] {28, 40, 40}, new int[] {48, 60, 60});
        assertThat(HeaderReader.measures(spans, header)).containsExactly("Average Balance", "Average Balance");
    }

    @Test
    void aGroupHeadingStandsOverTheColumnsItsRuleSpansAndATitleOverEveryColumnIsNoMeasure() {
        List<String> header = List.of(
                "                    EQUIPMENT OPERATIONS AND FINANCIAL SERVICES",
                "                         Equipment               Financial",
                "                    --------------------    --------------------",
                "                      2003       2002         2003       2002");
        List<int[]> spans = List.of(new int[] {20, 27, 27}, new int[] {31, 38, 38}, new int[] {44, 51, 51},
                new int[] {55, 62, 62});
        assertThat(HeaderReader.measures(spans, header)).containsExactly("Equipment", "Equipment", "Financial", "Financial");
    }

    @Test
    void aNumberedQuarterIsThreeMonthsAndAFullYearTwelve() {
        List<String> header = List.of(
                "                      Fourth Quarter            Full Year",
                "                   -------------------    -------------------",
                "                     1993       1992        1993       1992");
        List<int[]> spans = List.of(new int[] {19, 25, 25}, new int[] {30, 36, 36}, new int[] {42, 48, 48},
                new int[] {53, 59, 59});
        assertThat(HeaderReader.columns(spans, header, "For the Periods Ended December 31, 1993 and 1992", StatementKind.OTHER))
                .extracting(c -> c.period().months()).containsExactly(3, 3, 12, 12);
    }

    @Test
    void aTotalAfterFourQuartersIsTheirYearAndThereafterIsNoPeriod() {
        List<String> header = List.of(
                "                     Three Months Ended",
                "               Mar 31,   Jun 30,   Sep 30,   Dec 31,                Mar 31,   Jun 30,",
                "                 2003      2003      2003      2003     Total         2004      2004     Total   Thereafter");
        List<int[]> spans = List.of(new int[] {16, 22, 22}, new int[] {26, 32, 32}, new int[] {36, 42, 42},
                new int[] {46, 52, 52}, new int[] {55, 60, 60}, new int[] {69, 75, 75}, new int[] {79, 85, 85},
                new int[] {88, 93, 93}, new int[] {96, 105, 105});
        List<Column> columns = HeaderReader.columns(spans, header, "", StatementKind.OTHER);
        assertThat(columns.subList(3, 8)).extracting(Column::period).containsExactly(
                new Period(LocalDate.of(2003, 10, 1), LocalDate.of(2003, 12, 31), 3),
                new Period(LocalDate.of(2003, 1, 1), LocalDate.of(2003, 12, 31), 12),
                new Period(LocalDate.of(2004, 1, 1), LocalDate.of(2004, 3, 31), 3),
                new Period(LocalDate.of(2004, 4, 1), LocalDate.of(2004, 6, 30), 3),
                new Period(LocalDate.of(2004, 1, 1), LocalDate.of(2004, 6, 30), 6));
        assertThat(columns.get(8).role()).isEqualTo(Column.Role.BEYOND);
    }

    @Test
    void aListOfYearsInOneLineDatesNoColumnUnlessItNamesOnePerColumn() {
        String list = "              For the Years Ended December 31, 1999, 2000 and 2001";
        List<int[]> components = List.of(new int[] {36, 42, 42}, new int[] {48, 54, 54}, new int[] {60, 66, 66},
                new int[] {72, 78, 78});
        assertThat(HeaderReader.columns(components, List.of(list), "", StatementKind.EQUITY))
                .extracting(Column::period).containsOnlyNulls();
        List<String> grouped = List.of(list,
                "                                   2001                  2000");
        List<int[]> pairs = List.of(new int[] {30, 36, 36}, new int[] {40, 46, 46}, new int[] {52, 58, 58},
                new int[] {62, 68, 68});
        assertThat(HeaderReader.columns(pairs, grouped, "", StatementKind.CASHFLOW)).extracting(c -> c.period().end())
                .containsExactly(LocalDate.of(2001, 12, 31), LocalDate.of(2001, 12, 31), LocalDate.of(2000, 12, 31),
                        LocalDate.of(2000, 12, 31));
        List<String> twoYears = List.of("                          December 31, 2003 and 2002");
        assertThat(HeaderReader.columns(List.of(new int[] {28, 36, 36}, new int[] {44, 52, 52}), twoYears, "",
                StatementKind.BALANCE)).extracting(Column::period).first().isEqualTo(Period.instant(LocalDate.of(2003, 12, 31)));
    }

    @Test
    void aColumnHeadedPageHoldsPageNumbersNotFigures() {
        List<String> header = List.of("Part I - Financial Information:                                Page",
                "                                                            March 31, 2000");
        assertThat(HeaderReader.columns(List.of(new int[] {64, 67, 67}), header, "", StatementKind.BALANCE))
                .extracting(Column::role).containsExactly(Column.Role.PAGE);
    }

    @Test
    void aDateEndingASpanOfYearsDatesNoColumnThatPrintsItsOwnYear() {
        List<String> header = List.of("SELECTED DATA",
                "Three fiscal years ended June 30, 1996",
                "",
                "                     1996        1995        1994");
        List<int[]> spans = List.of(new int[] {18, 25, 25}, new int[] {30, 37, 37}, new int[] {42, 49, 49});
        List<Column> columns = HeaderReader.columns(spans, header, "", StatementKind.OTHER,
                List.of(LocalDate.of(1995, 6, 30)));
        assertThat(columns).extracting(c -> c.period().end(), c -> c.period().months()).containsExactly(
                tuple(LocalDate.of(1996, 6, 30), 12), tuple(LocalDate.of(1995, 6, 30), 12),
                tuple(LocalDate.of(1994, 6, 30), 12));
    }
}
