package org.exhibit.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The one vocabulary of dates the readers share: month names, whole or cut short, their numbers, and a calendar date
 * from a printed year, month and day. Text headers, HTML headers, EX-27 periods, datelines and SEC headers all read
 * months and dates through it, so that they cannot disagree.
 */
final class DateWords {

    /** A month's name, whole or cut short, with an optional period, as one capturing group ("Sept.", "December"). */
    static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final List<String> MONTHS = List.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private DateWords() {
    }

    /** The month (1-12) a name or abbreviation of three letters or more begins with, in any case; 0 when none. */
    static int month(String name) {
        return name.length() < 3 ? 0 : MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    /** A calendar date from a possibly two-digit year (00-49 are 2000s); day 0 is the month's last day; null if none. */
    static LocalDate date(int year, int month, int day) {
        int fullYear = year < 100 ? (year < 50 ? 2000 + year : 1900 + year) : year;
        try {
            LocalDate first = LocalDate.of(fullYear, month, 1);
            return day == 0 ? first.withDayOfMonth(first.lengthOfMonth()) : LocalDate.of(fullYear, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
