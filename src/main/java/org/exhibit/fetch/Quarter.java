package org.exhibit.fetch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A calendar quarter, as EDGAR's full indexes are kept: {@code Archives/edgar/full-index/<year>/QTR<n>/}.
 *
 * @param year the year
 * @param number 1 to 4
 */
public record Quarter(int year, int number) {

    /** The first quarter with a full index. */
    public static final Quarter FIRST = new Quarter(1993, 1);

    /** The quarter holding {@code date}. */
    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarters from the one holding {@code from} to the one holding {@code to}, none before 1993 nor after today's. */
    public static List<Quarter> between(LocalDate from, LocalDate to, LocalDate today) {
        Quarter first = of(from).before(FIRST) ? FIRST : of(from);
        Quarter last = of(to).before(of(today)) ? of(to) : of(today);
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = first; !last.before(q); q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }

    /** The index's path under the base URL. */
    public String indexPath() {
        return "Archives/edgar/full-index/" + year + "/QTR" + number + "/master.idx";
    }

    /** Whether this quarter ends before {@code other} starts. */
    public boolean before(Quarter other) {
        return year < other.year || year == other.year && number < other.number;
    }

    /** The quarter after this one. */
    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    @Override
    public String toString() {
        return year + " QTR" + number;
    }
}
