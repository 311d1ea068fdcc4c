package org.exhibit.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * When a company's quarters end: at the end of a month (the fiscal year ending in {@code yearEndMonth}), or on the
 * last Saturday of that month for a 52/53-week year, whose quarters are 13 weeks from the year before.
 *
 * @param yearEndMonth the month the fiscal year ends in (1 to 12); a fiscal year is named by the calendar year it ends in
 * @param weeks whether the years are 52/53-week years ending on a Saturday
 */
record FiscalCalendar(int yearEndMonth, boolean weeks) {

    /** The last day of the given quarter (1 to 4) of the fiscal year. */
    LocalDate end(int fiscalYear, int quarter) {
        if (weeks) {
            return quarter == 4 ? yearEnd(fiscalYear) : yearEnd(fiscalYear - 1).plusWeeks(13L * quarter);
        }
        YearMonth month = YearMonth.of(fiscalYear, yearEndMonth).minusMonths(3L * (4 - quarter));
        return month.atEndOfMonth();
    }

    private LocalDate yearEnd(int fiscalYear) {
        return YearMonth.of(fiscalYear, yearEndMonth).atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    }
}
