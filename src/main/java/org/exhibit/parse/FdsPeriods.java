package org.exhibit.parse;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates and period types of an EX-27 financial data schedule ("DEC-31-1998", "9-MOS", "YEAR"). */
public final class FdsPeriods {

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([A-Z]{3})[A-Z]*[-/ .]?(\\d{1,2}),?[-/ .]?(\\d{4}|\\d{2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/ .]?([A-Z]{3})[A-Z]*[-/ .]?(\\d{4}|\\d{2})");
    private static final Pattern NUMERIC_MONTH_DAY_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");
    private static final Pattern MONTHS_TYPE = Pattern.compile("(\\d{1,2})[- ]?(?:MOS?|MONTHS?|MTHS?)\\.?");
    private static final Pattern WEEKS_TYPE = Pattern.compile("(\\d{1,2})[- ]?(?:WKS?|WEEKS?)\\.?");
    private static final Pattern YEARS_TYPE = Pattern.compile("(?:(\\d)[- ]?)?(?:YEARS?|YRS?|FISCAL-YEAR|ANNUAL|FY)\\.?");
    private static final Pattern QUARTER_TYPE = Pattern.compile("(?:QTR|QUARTER|QTRLY|QUARTERLY)(?:[- ]?\\d)?\\.?");

    private FdsPeriods() {
    }

    /** The date of a schedule value ("DEC-31-1998", "DEC-31-98", "31-DEC-1998", "12/31/1998", "1998-12-31"), or null. */
    public static LocalDate date(String text) {
        String s = text.trim().toUpperCase(Locale.ROOT);
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        if (m.matches() && DateWords.month(m.group(1)) > 0) {
            return DateWords.date(Integer.parseInt(m.group(3)), DateWords.month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches() && DateWords.month(m.group(2)) > 0) {
            return DateWords.date(Integer.parseInt(m.group(3)), DateWords.month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = YEAR_MONTH_DAY.matcher(s);
        if (m.matches()) {
            return DateWords.date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = NUMERIC_MONTH_DAY_YEAR.matcher(s);
        if (m.matches()) {
            return DateWords.date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return null;
    }

    /** The length in months of a {@code <PERIOD-TYPE>} ("3-MOS", "12-MOS", "YEAR", "QTR", "13-WKS"), or 0 when unknown. */
    public static int months(String periodType) {
        String s = periodType.trim().toUpperCase(Locale.ROOT);
        Matcher m = MONTHS_TYPE.matcher(s);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        m = WEEKS_TYPE.matcher(s);
        if (m.matches()) {
            return Math.round(Integer.parseInt(m.group(1)) * 12f / 52f);
        }
        m = YEARS_TYPE.matcher(s);
        if (m.matches()) {
            return 12 * (m.group(1) == null ? 1 : Integer.parseInt(m.group(1)));
        }
        return QUARTER_TYPE.matcher(s).matches() ? 3 : 0;
    }

    /**
     * The duration a schedule column covers: from {@code start} when the schedule prints it, else {@code months} back
     * from {@code end} (in 13-week quarters when {@code end} is not a month's last day); null when {@code end} is
     * unknown or neither a start nor a known length is given.
     */
    public static Period duration(LocalDate start, LocalDate end, int months) {
        if (end == null) {
            return null;
        }
        if (start != null) {
            int length = months > 0 ? months : (int) Math.round(ChronoUnit.DAYS.between(start, end.plusDays(1)) / 30.4);
            return length > 0 ? new Period(start, end, length) : null;
        }
        return months > 0 ? Period.ending(end, months, Period.isWeekCalendarEnd(end)) : null;
    }
}
